// Reads lines "<base64 body> <hex key> <base64 prefix>" and answers
// "<base64 JSON.stringify(JSON.parse(body))> <hmac hex over prefix + that>" per line.
const crypto = require("crypto");
const readline = require("readline");
const rl = readline.createInterface({ input: process.stdin });
rl.on("line", (line) => {
  const [body64, key, prefix64] = line.split(" ");
  const body = Buffer.from(body64, "base64").toString("utf8");
  const prefix = Buffer.from(prefix64, "base64").toString("utf8");
  let out;
  try {
    out = JSON.stringify(JSON.parse(body));
  } catch (e) {
    process.stdout.write("ERROR " + Buffer.from(String(e)).toString("base64") + "\n");
    return;
  }
  const sig = crypto.createHmac("sha256", Buffer.from(key, "hex")).update(prefix + out).digest("hex");
  process.stdout.write(Buffer.from(out, "utf8").toString("base64") + " " + sig + "\n");
});

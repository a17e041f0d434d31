#!/usr/bin/env node
// Lapse's Node adapter: hosts a user's JavaScript credentials provider for one app launch and
// makes the scenario's calls through the app's own AWS SDK v3 clients.
//
//   node lapse-adapter.mjs <provider-module.mjs>
//
// Protocol (see adapters/PROTOCOL.md): one JSON request per line on stdin, one JSON reply per
// line on stdout, strictly in turn. Every request carries the device's clock (`now`, an ISO
// instant with the scenario's skew) and the virtual truth (`truth`, epoch ms, what the
// scheduler runs on), whether the device is online, and the keychain; every reply carries the
// keychain back and the truth instant of the next scheduled task. Logs go to stderr.
import { createInterface } from "node:readline";
import { format } from "node:util";
import { pathToFileURL } from "node:url";
import path from "node:path";
import FakeTimers from "@sinonjs/fake-timers";
import { S3Client, GetObjectCommand, PutObjectCommand, HeadObjectCommand, DeleteObjectCommand,
  ListObjectsV2Command } from "@aws-sdk/client-s3";
import { STSClient, GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { ConfiguredRetryStrategy } from "@smithy/util-retry";

const protocolOut = process.stdout;
// The user's module may log freely: only replies go to stdout. Its lines go to stderr and, with
// the reply to the request during which they were written, into Lapse's report.
const logged = [];
for (const level of ["log", "info", "debug", "warn", "error"]) {
  console[level] = (...args) => {
    const line = format(...args);
    logged.push(line);
    process.stderr.write(line + "\n");
  };
}

// Only Date is faked: faking timers too would hang the SDK's HTTP handler, which needs real
// sockets and real setTimeout. Date stands still between requests, at the device's clock.
const clock = FakeTimers.install({ toFake: ["Date"], now: 0 });

// The SDK retries at once: a real back-off would wait in real time while virtual time stands
// still (the Java device's clients do the same).
const retryAtOnce = () => new ConfiguredRetryStrategy(3, 0);

const state = { truth: 0, offline: false, keychain: new Map(), tasks: [], taskSeq: 0,
  taskErrors: [], device: null, app: null, module: null };

// The device's time as Lapse sends it: in every request, and in the answer to an upload's
// question between parts.
function setClock(time) {
  state.truth = time.truth;
  clock.setSystemTime(new Date(time.now).getTime());
  state.offline = time.offline === true;
}

function setTime(message) {
  setClock(message);
  state.keychain = new Map(Object.entries(message.keychain ?? {}));
}

// A failed call as the protocol reports it: AWS's error code for a service error, else a
// client-side failure.
function failureOf(e) {
  if (e && e.$metadata && e.$fault) return { ok: false, code: e.Code ?? e.name, message: e.message };
  return { ok: false, code: "ClientError", message: describe(e) };
}

const keychain = {
  get: (key) => state.keychain.get(String(key)),
  set: (key, value) => { state.keychain.set(String(key), String(value)); },
  delete: (key) => { state.keychain.delete(String(key)); },
  has: (key) => state.keychain.has(String(key)),
};

// Tasks run only when Lapse says virtual time reached them (a `tick`), never on real timers.
const scheduler = {
  schedule(delayMs, fn) {
    if (typeof fn !== "function") throw new TypeError("scheduler.schedule(delayMs, fn): fn must be a function");
    const task = { due: state.truth + Math.max(0, Number(delayMs) || 0), seq: state.taskSeq++, fn, cancelled: false };
    state.tasks.push(task);
    return { cancel() { task.cancelled = true; } };
  },
};

function nextDue() {
  const live = state.tasks.filter((t) => !t.cancelled);
  state.tasks = live;
  return live.length === 0 ? null : Math.min(...live.map((t) => t.due));
}

async function runDue() {
  for (;;) {
    const due = state.tasks.filter((t) => !t.cancelled && t.due <= state.truth)
      .sort((a, b) => a.due - b.due || a.seq - b.seq);
    if (due.length === 0) return;
    const task = due[0];
    state.tasks = state.tasks.filter((t) => t !== task);
    try {
      await task.fn();
    } catch (e) {
      state.taskErrors.push(describe(e));
    }
  }
}

function describe(e) {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}

function makeDevice(d) {
  return {
    now: () => new Date(),
    keychain,
    scheduler,
    cognitoEndpoint: d.cognitoEndpoint,
    stsEndpoint: d.stsEndpoint,
    s3Endpoint: d.s3Endpoint,
    developerBackend: d.developerBackend,
    cognitoRegion: d.cognitoRegion,
    identityPoolId: d.identityPoolId,
    developerProviderName: d.developerProviderName,
    authenticatedRoleArn: d.authenticatedRoleArn,
    user: d.user,
    clients: { ...d.clients },
    /** What a Cognito Identity client needs to reach the fake: pass it as `clientConfig`. */
    cognitoClientConfig: () => ({ region: d.cognitoRegion, endpoint: d.cognitoEndpoint,
      retryStrategy: retryAtOnce() }),
    async developerLogin() {
      const url = `${d.developerBackend}?user=${encodeURIComponent(d.user)}`;
      const response = await fetch(url);
      const body = await response.text();
      if (response.status !== 200) {
        throw new Error(`developer backend answered ${response.status}: ${body}`);
      }
      const { identityId, token } = JSON.parse(body);
      return { identityId, token };
    },
  };
}

function providersOf(launched) {
  if (typeof launched === "function") return { providers: { default: launched }, close: null, rejected: null };
  if (launched && typeof launched === "object" && launched.providers
      && typeof launched.providers.default === "function") {
    return { providers: launched.providers, close: typeof launched.close === "function" ? launched.close : null,
      rejected: typeof launched.rejected === "function" ? launched.rejected : null };
  }
  throw new TypeError("launch(device) must return a credentials provider (an async function "
    + "returning {accessKeyId, secretAccessKey, sessionToken, expiration}) or "
    + "{providers: {default: provider, ...}, close}; it returned " + typeof launched);
}

async function load(modulePath) {
  if (state.module) return state.module;
  const module = await import(pathToFileURL(path.resolve(modulePath)).href);
  if (typeof module.launch !== "function") {
    throw new TypeError(`${modulePath} does not export a function launch(device); it exports: `
      + (Object.keys(module).join(", ") || "nothing"));
  }
  state.module = module;
  return module;
}

async function launch(message, modulePath) {
  const module = await load(modulePath);
  const device = makeDevice(message.device);
  const { providers, close, rejected } = providersOf(await module.launch(device));
  const clients = {};
  for (const name of Object.keys(device.clients)) clients[name] = makeClients(device, providers, name);
  state.app = { device, providers, clients, close, rejected };
}

function makeClients(device, providers, name) {
  const region = device.clients[name];
  const credentials = providers[name] ?? providers.default;
  return {
    s3: new S3Client({ region, endpoint: device.s3Endpoint, forcePathStyle: true, credentials,
      retryStrategy: retryAtOnce() }),
    sts: new STSClient({ region, endpoint: device.stsEndpoint, credentials,
      retryStrategy: retryAtOnce() }),
  };
}

// The AWS error codes that refuse the credentials themselves: Java's RejectionListener.REFUSALS.
const REFUSALS = new Set(["ExpiredToken", "ExpiredTokenException", "InvalidToken",
  "InvalidAccessKeyId", "InvalidClientTokenId", "AccessDenied"]);

// Records, on this one command, which credentials signed it: the SDK resolves and signs inside
// send, so the request's Authorization header is the only place that says.
function signedWith(command, record) {
  command.middlewareStack.addRelativeTo((next) => async (args) => {
    const headers = args.request?.headers ?? {};
    const match = /Credential=([^/]+)\//.exec(headers.authorization ?? headers.Authorization ?? "");
    if (match) record.used = { accessKeyId: match[1], sessionToken: headers["x-amz-security-token"] };
    return next(args);
  }, { relation: "after", toMiddleware: "httpSigningMiddleware", name: "lapseSignedWith" });
  return command;
}

// Tells the module that AWS refused a call for the credentials it carried, if it listens (the
// launch's `rejected`, or a `rejected` function on that client's provider), as the Java device
// tells a RejectionListener. A listening app also gets that client's SDK clients built afresh:
// a JS SDK v3 client keeps the credentials it resolved until 5 minutes before their expiry,
// whatever the provider does, so without that the provider's answer would not be asked for.
async function tellRejected(call, code, used) {
  const app = state.app;
  if (!app || !used) return;
  const name = app.clients[call.client] ? call.client : "default";
  const provider = app.providers[name] ?? app.providers.default;
  const listener = app.rejected ?? (typeof provider.rejected === "function" ? provider.rejected : null);
  if (!listener) return;
  try {
    await listener(used, code);
  } catch (e) {
    console.error(`rejected(${used.accessKeyId}, ${code}) threw ${describe(e)}`);
  }
  if (state.app === app) app.clients[name] = makeClients(app.device, app.providers, name);
}

// Deterministic upload content, the same bytes as the Java device sends.
function payload(size) {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = 97 + (i % 26);
  return bytes;
}

async function perform(call, record) {
  if (!state.app) throw new Error("the app is not running");
  const client = state.app.clients[call.client] ?? state.app.clients.default;
  const at = { Bucket: call.bucket, Key: call.key };
  const signed = (command) => signedWith(command, record);
  switch (call.operation) {
    case "GetCallerIdentity": return client.sts.send(signed(new GetCallerIdentityCommand({})));
    case "GetObject": {
      const out = await client.s3.send(signed(new GetObjectCommand(at)));
      await out.Body.transformToByteArray();
      return out;
    }
    case "PutObject": return client.s3.send(signed(new PutObjectCommand({ ...at, Body: payload(call.size) })));
    case "HeadObject": return client.s3.send(signed(new HeadObjectCommand(at)));
    case "DeleteObject": return client.s3.send(signed(new DeleteObjectCommand(at)));
    case "ListObjectsV2": return client.s3.send(signed(new ListObjectsV2Command({ Bucket: call.bucket, Prefix: call.key ?? undefined })));
    default: throw new Error(`this adapter cannot make the call ${call.operation}`);
  }
}

// What the app saw: AWS's error code for a service error, else a client-side failure.
async function outcome(call) {
  const record = { used: null };
  try {
    await perform(call, record);
    return { ok: true };
  } catch (e) {
    if (e && e.$metadata && e.$fault) {
      // A HEAD has no body to name the error: its bare 403 is S3's AccessDenied.
      const code = call.operation === "HeadObject" && e.$metadata.httpStatusCode === 403
        ? "AccessDenied" : (e.Code ?? e.name);
      if (REFUSALS.has(code)) await tellRejected(call, code, record.used);
    }
    return failureOf(e);
  }
}

// A presigned link, signed by the SDK's own presigner with the app's provider on the device
// clock (faked Date): {ok, url} or the failure as a call outcome. Imported on first use: the
// presigner's modules print a NodeVersionSupportWarning on Node < 22 when loaded, which would
// crowd the provider's own last words out of every adapter's stderr tail.
async function presign(link) {
  try {
    const { getSignedUrl } = await import("@aws-sdk/s3-request-presigner");
    if (!state.app) throw new Error("the app is not running");
    const client = state.app.clients[link.client] ?? state.app.clients.default;
    const at = { Bucket: link.bucket, Key: link.key };
    const commands = { GetObject: GetObjectCommand, PutObject: PutObjectCommand, HeadObject: HeadObjectCommand };
    const Command = commands[link.operation];
    if (!Command) throw new Error(`this adapter cannot presign ${link.operation}`);
    return { ok: true, url: await getSignedUrl(client.s3, new Command(at), { expiresIn: link.expires }) };
  } catch (e) {
    return failureOf(e);
  }
}

// Asks Lapse for one part's share of virtual time between an upload's parts (as the Java
// device's PartPacing passes it) and waits for the new time on stdin: the one question the
// adapter asks during a request.
async function passPartShare() {
  protocolOut.write(JSON.stringify({ pass: true }) + "\n");
  const { value, done } = await state.lines.next();
  if (done) throw new Error("Lapse closed stdin during the upload");
  setClock(JSON.parse(value));
}

// A multipart upload by the SDK's own lib-storage Upload, one part at a time, each part after
// the first a share of virtual time later: {ok} or the failure as a call outcome. Imported on
// first use, like the presigner.
async function upload(u) {
  let client;
  try {
    const { Upload } = await import("@aws-sdk/lib-storage");
    if (!state.app) throw new Error("the app is not running");
    client = (state.app.clients[u.client] ?? state.app.clients.default).s3;
    client.middlewareStack.add((next, context) => async (args) => {
      if (context.commandName === "UploadPartCommand" && args.input.PartNumber >= 2) {
        await passPartShare();
      }
      return next(args);
    }, { step: "initialize", name: "lapsePartPacing" });
    // The same bytes as the Java device sends: 'a' to 'z', repeated.
    const Body = Buffer.alloc(u.size, "abcdefghijklmnopqrstuvwxyz");
    await new Upload({ client, params: { Bucket: u.bucket, Key: u.key, Body },
      partSize: u.partSize, queueSize: 1 }).done();
    return { ok: true };
  } catch (e) {
    return failureOf(e);
  } finally {
    client?.middlewareStack.remove("lapsePartPacing");
  }
}

async function handle(message, modulePath) {
  setTime(message);
  const reply = {};
  switch (message.op) {
    case "load": await load(modulePath); break;
    case "launch": await launch(message, modulePath); break;
    case "tick": await runDue(); break;
    case "call": reply.results = await Promise.all(message.calls.map(outcome)); break;
    case "presign": reply.results = [await presign(message.presign)]; break;
    case "upload": reply.results = [await upload(message.upload)]; break;
    case "terminate": {
      const close = state.app?.close;
      state.app = null;
      state.tasks = [];
      if (close) await close();
      break;
    }
    default: throw new Error(`unknown request op '${message.op}'; expected load, launch, tick, call, presign, upload or terminate`);
  }
  return reply;
}

// A fresh process pays for loading and compiling the SDK on its first request (most of a
// second). Lapse starts each adapter ahead of the launch that uses it, so it warms up then: the
// SDK's modules and code paths, exercised against a closed port, never against the fake and
// before the user's module is loaded. Nothing of the app exists yet; only the "binary" is warm.
async function warmUp() {
  const fake = { accessKeyId: "AKIDWARMUP", secretAccessKey: "warm", sessionToken: "up" };
  const closed = "http://127.0.0.1:1";
  const attempts = { maxAttempts: 1 };
  const s3 = new S3Client({ region: "us-east-1", endpoint: closed, forcePathStyle: true, credentials: fake, ...attempts });
  const sts = new STSClient({ region: "us-east-1", endpoint: closed, credentials: fake, ...attempts });
  const tries = [
    s3.send(new PutObjectCommand({ Bucket: "warm", Key: "up", Body: payload(16) })),
    s3.send(new GetObjectCommand({ Bucket: "warm", Key: "up" })),
    sts.send(new GetCallerIdentityCommand({})),
  ];
  for (const name of ["@aws-sdk/client-cognito-identity", "@aws-sdk/credential-providers"]) {
    tries.push(import(name).then((m) => m.CognitoIdentityClient
      ? new m.CognitoIdentityClient({ region: "us-east-1", endpoint: closed, ...attempts })
        .send(new m.GetCredentialsForIdentityCommand({ IdentityId: "us-east-1:warm", Logins: {} }))
      : null));
  }
  await Promise.allSettled(tries);
  s3.destroy();
  sts.destroy();
  logged.length = 0; // the SDK's own start-up warnings are not the provider's log
}

async function main() {
  const modulePath = process.argv[2];
  if (!modulePath) {
    console.error("usage: node lapse-adapter.mjs <provider-module.mjs>");
    process.exit(2);
  }
  const warm = warmUp().catch(() => {});
  // One iterator for the main loop and for the questions an upload asks mid-request.
  state.lines = createInterface({ input: process.stdin, crlfDelay: Infinity })[Symbol.asyncIterator]();
  for (let next = await state.lines.next(); !next.done; next = await state.lines.next()) {
    const line = next.value;
    await warm;
    if (line.trim() === "") continue;
    let message;
    let reply;
    try {
      message = JSON.parse(line);
      reply = { ok: true, ...(await handle(message, modulePath)) };
    } catch (e) {
      reply = { ok: false, error: describe(e) };
    }
    reply.keychain = Object.fromEntries(state.keychain);
    reply.nextDue = nextDue();
    reply.taskErrors = state.taskErrors.splice(0);
    reply.log = logged.splice(0);
    protocolOut.write(JSON.stringify(reply) + "\n");
    if (message?.op === "terminate") break;
  }
  process.exit(0);
}

main();

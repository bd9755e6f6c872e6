// Starts the Bluesky reference PDS and an in-memory PLC directory on loopback, for tests only.
//
// Prints one JSON line {"pds": URL, "plc": URL, "admin_password": ...} on stdout once both
// answer, then runs until stdin closes or SIGTERM/SIGINT arrives, and stops both cleanly.
// Facts (see /work/shared/FACTS.md): needs Node 22+, the PLC URL must use the host name
// "localhost", handles end in ".test", both servers bind all interfaces unless told otherwise.
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'

import { PDS, envToCfg, envToSecrets, readEnv } from '@atproto/pds'

const require = createRequire(import.meta.url)
const plc = require('@did-plc/server')

const LOOPBACK = '127.0.0.1'

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', reject)
    srv.listen(0, LOOPBACK, () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

// Express's app.listen(port) binds every interface; bind loopback instead.
function bindLoopback(app) {
  app.listen = function listen(port, cb) {
    const server = http.createServer(this)
    return server.listen(port, LOOPBACK, cb)
  }
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'smmdesk-pds-'))
  const plcPort = await freePort()
  const plcServer = plc.PlcServer.create({ db: plc.Database.mock(), port: plcPort })
  bindLoopback(plcServer.app)
  await plcServer.start()
  const plcUrl = `http://localhost:${plcPort}`

  const pdsPort = await freePort()
  const adminPassword = crypto.randomBytes(12).toString('hex')
  const env = {
    ...readEnv(),
    devMode: true,
    port: pdsPort,
    hostname: 'localhost',
    dataDirectory: dataDir,
    blobstoreDiskLocation: path.join(dataDir, 'blobs'),
    didPlcUrl: plcUrl,
    serviceHandleDomains: ['.test'],
    inviteRequired: false,
    jwtSecret: crypto.randomBytes(16).toString('hex'),
    adminPassword,
    plcRotationKeyK256PrivateKeyHex: crypto.randomBytes(32).toString('hex'),
    disableSsrfProtection: true,
    rateLimitsEnabled: false,
    bskyAppViewUrl: undefined,
    bskyAppViewDid: undefined,
    modServiceUrl: undefined,
    modServiceDid: undefined,
    reportServiceUrl: undefined,
    reportServiceDid: undefined,
  }
  const pds = await PDS.create(envToCfg(env), envToSecrets(env))
  bindLoopback(pds.app)
  await pds.start()
  const pdsUrl = `http://${LOOPBACK}:${pdsPort}`

  let stopping = false
  const stop = async (code) => {
    if (stopping) return
    stopping = true
    try {
      await pds.destroy()
    } catch (err) {
      console.error('pds stop failed', err)
    }
    try {
      await plcServer.destroy()
    } catch (err) {
      console.error('plc stop failed', err)
    }
    fs.rmSync(dataDir, { recursive: true, force: true })
    process.exit(code)
  }
  process.on('SIGTERM', () => stop(0))
  process.on('SIGINT', () => stop(0))
  process.stdin.on('end', () => stop(0))
  process.stdin.on('close', () => stop(0))
  process.stdin.resume()

  process.stdout.write(
    JSON.stringify({ pds: pdsUrl, pds_public: `http://localhost:${pdsPort}`, plc: plcUrl, admin_password: adminPassword }) + '\n',
  )
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})

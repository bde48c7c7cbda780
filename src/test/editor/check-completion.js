// Checks what an editor running yaml-language-server (VS Code's YAML extension uses it) makes of
// the schema: hover, completion and diagnostics for a YAML whose first line is its modeline.
// Not part of mvn test (it needs Node and the server from npm):
//   npm install yaml-language-server@1.15.0 && node src/test/editor/check-completion.js FILE.yaml c:LINE:COL h:LINE:COL …
// c: completion, h: hover at a 1-based line and column; the server's diagnostics are printed last.
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const [file, ...queries] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
const uri = 'file://' + path.resolve(file);
const srv = spawn(process.execPath, [require.resolve('yaml-language-server/bin/yaml-language-server'), '--stdio']);
let buf = Buffer.alloc(0); let id = 0; const pending = {};
srv.stdout.on('data', d => {
  buf = Buffer.concat([buf, d]);
  for (;;) {
    const h = buf.indexOf('\r\n\r\n'); if (h < 0) return;
    const len = +/Content-Length: (\d+)/.exec(buf.slice(0, h).toString())[1];
    if (buf.length < h + 4 + len) return;
    const msg = JSON.parse(buf.slice(h + 4, h + 4 + len).toString()); buf = buf.slice(h + 4 + len);
    if (msg.id !== undefined && pending[msg.id]) { pending[msg.id](msg.result); delete pending[msg.id]; }
    else if (msg.method === 'textDocument/publishDiagnostics') {
      diags = msg.params.diagnostics;
    } else if (msg.method === 'workspace/configuration') {
      send({ jsonrpc: '2.0', id: msg.id, result: msg.params.items.map(() => ({ validate: true, completion: true, hover: true, schemas: {} })) });
    } else if (msg.id !== undefined && msg.method) { send({ jsonrpc: '2.0', id: msg.id, result: null }); }
  }
});
let diags = null;
function send(m) { const s = JSON.stringify(m); srv.stdin.write('Content-Length: ' + Buffer.byteLength(s) + '\r\n\r\n' + s); }
function req(method, params) { return new Promise(r => { const i = ++id; pending[i] = r; send({ jsonrpc: '2.0', id: i, method, params }); }); }
(async () => {
  await req('initialize', { processId: process.pid, rootUri: 'file://' + process.cwd(), capabilities: { textDocument: { completion: { completionItem: { snippetSupport: false } } }, workspace: { configuration: true } } });
  send({ jsonrpc: '2.0', method: 'initialized', params: {} });
  send({ jsonrpc: '2.0', method: 'workspace/didChangeConfiguration', params: { settings: { yaml: { validate: true, completion: true, hover: true, schemas: {} } } } });
  send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text } } });
  await new Promise(r => setTimeout(r, 4000));
  for (const q of queries) {
    const [kind, line, ch] = q.split(':');
    const pos = { line: +line - 1, character: +ch - 1 };
    const res = await req(kind === 'c' ? 'textDocument/completion' : 'textDocument/hover', { textDocument: { uri }, position: pos });
    if (kind === 'c') console.log('completion ' + line + ':' + ch + ' → ' + ((res && (res.items || res)) || []).map(i => i.label).join(', '));
    else console.log('hover ' + line + ':' + ch + ' → ' + JSON.stringify(res && res.contents).slice(0, 300));
  }
  console.log('diagnostics: ' + JSON.stringify((diags || []).map(d => (d.range.start.line + 1) + ':' + (d.range.start.character + 1) + ' ' + d.message)));
  srv.kill(); process.exit(0);
})();

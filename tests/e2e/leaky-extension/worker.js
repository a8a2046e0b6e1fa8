// Asks a loopback port nobody listens on: the request is made (and recorded), then fails.
setInterval(() => fetch('http://127.0.0.1:9/from-the-worker.txt').catch(() => undefined), 300);

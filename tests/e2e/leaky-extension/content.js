setTimeout(() => fetch('/from-the-content-script.txt').catch(() => undefined), 200);

// National museum, English pages: round launcher with a teaser bubble at load; window built on click (vanilla).
const KB = [
  [/ticket|price|free/i, 'Full-price tickets are €17. Entry is free for under-26 EU residents and on the first Sunday of the month from October to March.'],
  [/open|hour|time/i, 'The museum is open daily except Tuesday, 9:30 am to 6 pm, late opening on Fridays until 9:45 pm.'],
  [/access|wheelchair|lift/i, 'All galleries are step-free. Wheelchairs can be borrowed at the cloakroom.'],
];
const css = document.createElement('style');
css.textContent = `
.mn-launch{position:fixed;right:24px;bottom:24px;width:62px;height:62px;border-radius:50%;border:0;background:#1b1b1b;color:#e8c872;font-size:26px;cursor:pointer;box-shadow:0 6px 18px rgba(0,0,0,.3);z-index:50}
.mn-teaser{position:fixed;right:96px;bottom:34px;max-width:260px;background:#fff;border:1px solid #d8d2c4;border-radius:14px 14px 2px 14px;padding:12px 30px 12px 14px;font:14px/1.4 Georgia,serif;color:#222;box-shadow:0 4px 14px rgba(0,0,0,.15);z-index:50}
.mn-teaser button{position:absolute;top:4px;right:6px;border:0;background:none;font-size:16px;cursor:pointer;color:#666}
.mn-win{position:fixed;right:24px;bottom:100px;width:340px;height:460px;background:#faf8f3;border:1px solid #d8d2c4;display:flex;flex-direction:column;z-index:50;box-shadow:0 10px 30px rgba(0,0,0,.25);font:15px/1.4 Georgia,serif}
.mn-win header{background:#1b1b1b;color:#e8c872;padding:12px 14px;display:flex;justify-content:space-between}
.mn-win header button{background:none;border:0;color:#e8c872;font-size:20px;cursor:pointer}
.mn-win ol{list-style:none;margin:0;padding:12px;flex:1;overflow:auto}
.mn-win li{margin:0 0 8px;padding:8px 10px;border-radius:8px;background:#fff;border:1px solid #e6e0d2}
.mn-win li.me{background:#1b1b1b;color:#fff;margin-left:40px}
.mn-win form{display:flex;border-top:1px solid #d8d2c4}
.mn-win input{flex:1;border:0;padding:12px;font:inherit;background:#fff}
.mn-win form button{border:0;background:#e8c872;padding:0 14px;cursor:pointer;font:inherit}`;
document.head.append(css);
const launch = document.createElement('button');
launch.className = 'mn-launch';
launch.type = 'button';
launch.setAttribute('aria-label', 'Open Lumi, the museum guide');
launch.textContent = '✦';
const teaser = document.createElement('div');
teaser.className = 'mn-teaser';
teaser.innerHTML = 'Hi! I’m Lumi, the museum’s AI guide. Ask me about tickets, opening hours or what to see today. <button type="button" aria-label="Dismiss">×</button>';
teaser.querySelector('button').addEventListener('click', () => teaser.remove());
document.body.append(teaser, launch);
let win;
launch.addEventListener('click', () => {
  teaser.remove();
  if (win) { win.hidden = !win.hidden; return; }
  win = document.createElement('section');
  win.className = 'mn-win';
  win.setAttribute('aria-label', 'Lumi');
  win.innerHTML = '<header><strong>Lumi · Visitor guide</strong><button type="button" aria-label="Close">×</button></header><ol aria-live="polite"></ol><form><input aria-label="Your question" placeholder="Ask Lumi…"><button>Send</button></form>';
  const log = win.querySelector('ol');
  const add = (t, me) => { const li = document.createElement('li'); if (me) li.className = 'me'; li.textContent = t; log.append(li); log.scrollTop = log.scrollHeight; };
  add('Welcome to the museum! What would you like to know?');
  win.querySelector('header button').addEventListener('click', () => (win.hidden = true));
  win.querySelector('form').addEventListener('submit', (e) => {
    e.preventDefault();
    const i = win.querySelector('input');
    const q = i.value.trim();
    if (!q) return;
    add(q, true);
    const hit = KB.find(([re]) => re.test(q));
    add(hit ? hit[1] : 'I’m not sure. The information desk in the main hall can help you.');
    i.value = '';
  });
  document.body.append(win);
  win.querySelector('input').focus();
});

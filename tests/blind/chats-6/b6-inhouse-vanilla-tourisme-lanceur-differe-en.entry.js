// Office de tourisme (English version of the site) — launcher injected 1.5 s after load.
const ANSWERS = [
  [/castle|ch[aâ]teau/i, 'The castle is open every day from 10 am to 6 pm (last entry 5 pm). Tickets cost €9.'],
  [/bike|cycl/i, 'Bikes can be rented at the tourist office, from €15 a day. The Loire cycle path starts 200 m away.'],
  [/market/i, 'The covered market is open Tuesday to Sunday mornings.'],
];
const st = document.createElement('style');
st.textContent = `.ot-launch{position:fixed;left:20px;bottom:20px;display:flex;align-items:center;gap:10px;background:#fff;border:2px solid #d9480f;border-radius:30px;padding:8px 16px 8px 8px;font:600 15px Georgia,serif;color:#7a2a07;box-shadow:0 4px 16px rgba(0,0,0,.2);cursor:pointer;z-index:60;animation:otin .4s ease-out}
.ot-launch .ic{width:36px;height:36px;border-radius:50%;background:#d9480f;color:#fff;display:flex;align-items:center;justify-content:center;font-size:18px}
@keyframes otin{from{transform:translateY(30px);opacity:0}to{transform:none;opacity:1}}
.ot-win{position:fixed;left:20px;bottom:80px;width:340px;height:430px;background:#fffaf5;border:2px solid #d9480f;border-radius:14px;display:flex;flex-direction:column;z-index:61;font:14px/1.5 Arial,sans-serif}
.ot-win h2{margin:0;padding:10px 14px;background:#d9480f;color:#fff;font:600 17px Georgia,serif;display:flex;justify-content:space-between}.ot-win h2 button{background:none;border:0;color:#fff;font-size:18px;cursor:pointer}
.ot-log{flex:1;overflow:auto;padding:10px}.ot-log p{margin:6px 0;padding:8px 10px;border-radius:10px;background:#fde8dc;max-width:85%}.ot-log p.me{background:#7a2a07;color:#fff;margin-left:auto}
.ot-win form{display:flex;border-top:1px solid #e6c7b3}.ot-win input{flex:1;border:0;padding:10px;background:transparent;font:inherit}.ot-win form button{border:0;background:#d9480f;color:#fff;padding:0 14px}`;
document.head.appendChild(st);
let win;
function say(log, t, me) { const p = document.createElement('p'); if (me) p.className = 'me'; p.textContent = t; log.appendChild(p); log.scrollTop = log.scrollHeight; }
function openWin(btn) {
  if (!win) {
    win = document.createElement('div'); win.className = 'ot-win'; win.setAttribute('role', 'dialog'); win.setAttribute('aria-label', 'Nova');
    win.innerHTML = '<h2>Nova <button type="button" aria-label="Close">×</button></h2><div class="ot-log" aria-live="polite"></div><form><input aria-label="Your question" placeholder="Ask about visits, bikes, markets…"><button>Send</button></form>';
    const log = win.querySelector('.ot-log');
    say(log, 'Hello! I’m Nova. Ask me about opening hours, bike rentals or what to see in town.');
    win.querySelector('h2 button').onclick = () => { win.hidden = true; btn.setAttribute('aria-expanded', 'false'); };
    win.querySelector('form').onsubmit = (e) => { e.preventDefault(); const i = win.querySelector('input'); const q = i.value.trim(); if (!q) return; say(log, q, true); i.value = ''; say(log, (ANSWERS.find(([re]) => re.test(q)) || [0, 'Sorry, I don’t know that yet. Our staff can help you at the front desk, 9 am – 6 pm.'])[1]); };
    document.body.appendChild(win);
  } else win.hidden = !win.hidden;
  btn.setAttribute('aria-expanded', String(!win.hidden));
}
setTimeout(() => {
  const btn = document.createElement('button'); btn.type = 'button'; btn.className = 'ot-launch'; btn.setAttribute('aria-expanded', 'false');
  btn.innerHTML = '<span class="ic" aria-hidden="true">✦</span><span>Ask Nova, our AI travel assistant</span>';
  btn.addEventListener('click', () => openWin(btn));
  document.body.appendChild(btn);
}, 1500);

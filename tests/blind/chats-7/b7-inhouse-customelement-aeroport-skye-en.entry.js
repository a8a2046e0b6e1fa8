// Regional airport, English pages: <apt-skye> custom element with an open shadow root,
// a pill "Ask Skye" at load, window rendered on click. Never says what answers.
const CSS = `
:host{position:fixed;left:20px;bottom:20px;z-index:60;font-family:"Helvetica Neue",Arial,sans-serif}
.pill{display:flex;align-items:center;gap:8px;border:0;border-radius:999px;background:#0a6cff;color:#fff;padding:12px 18px;font:600 15px/1 inherit;cursor:pointer;box-shadow:0 6px 16px rgba(10,108,255,.35)}
.win{width:330px;height:440px;background:#fff;border-radius:14px;box-shadow:0 10px 30px rgba(0,0,0,.25);display:flex;flex-direction:column;overflow:hidden;margin-bottom:10px}
header{background:#0a1f44;color:#fff;padding:12px 14px;display:flex;justify-content:space-between;align-items:center}
header small{display:block;opacity:.8}
header button{background:none;border:0;color:#fff;font-size:20px;cursor:pointer}
ul{list-style:none;margin:0;padding:12px;flex:1;overflow:auto;display:flex;flex-direction:column;gap:8px}
li{padding:8px 11px;border-radius:12px;max-width:85%;font-size:14px}
.bot{background:#eef3fb;align-self:flex-start}.me{background:#0a6cff;color:#fff;align-self:flex-end}
form{display:flex;border-top:1px solid #e3e8ef}input{flex:1;border:0;padding:12px;font:inherit}
form button{border:0;background:#0a6cff;color:#fff;padding:0 14px;cursor:pointer}
`;
const KB = [
  [/park|car/i, 'Short-stay car park P1 is 2 minutes from the terminal; the first 20 minutes are free.'],
  [/bag|luggage|liquid/i, 'Liquids in hand luggage must be in containers of 100 ml or less, in one clear bag.'],
  [/bus|shuttle|train|city/i, 'Shuttle 51 links the terminal to the city centre station every 30 minutes, 5 am to 11 pm.'],
];
class AptSkye extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    this.root = this.attachShadow({ mode: 'open' });
    this.pill();
  }
  pill() {
    this.root.innerHTML = `<style>${CSS}</style><button class="pill" type="button" aria-expanded="false"><span aria-hidden="true">✈</span> Ask Skye</button>`;
    this.root.querySelector('.pill').addEventListener('click', () => this.window());
  }
  window() {
    this.root.innerHTML = `<style>${CSS}</style><section class="win" aria-label="Skye">
      <header><div><strong>Skye</strong><small>Rivemont Regional Airport</small></div><button type="button" aria-label="Close">×</button></header>
      <ul aria-live="polite"><li class="bot">Hi, I’m Skye, your virtual assistant at Rivemont Airport. How can I help with your trip today?</li></ul>
      <form><input aria-label="Your question" placeholder="Type your question"><button>Send</button></form></section>`;
    this.root.querySelector('header button').addEventListener('click', () => this.pill());
    const ul = this.root.querySelector('ul');
    const input = this.root.querySelector('input');
    this.root.querySelector('form').addEventListener('submit', (e) => {
      e.preventDefault();
      const q = input.value.trim();
      if (!q) return;
      const add = (c, t) => { const li = document.createElement('li'); li.className = c; li.textContent = t; ul.append(li); ul.scrollTop = ul.scrollHeight; };
      add('me', q);
      const hit = KB.find(([re]) => re.test(q));
      add('bot', hit ? hit[1] : 'Sorry, I don’t have that information. The information desk in Hall A is open from 5 am.');
      input.value = '';
    });
    input.focus();
  }
}
customElements.define('apt-skye', AptSkye);

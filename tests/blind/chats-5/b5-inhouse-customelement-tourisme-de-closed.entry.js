// <ot-emma> : Element ohne Shadow DOM; das Fenster wird erst beim ersten Klick gebaut.
const ANTWORTEN = [
  [/weihnacht|markt/i, 'Die Weihnachtsmärkte sind vom 24. November bis 24. Dezember täglich von 10 bis 20 Uhr geöffnet.'],
  [/park|auto/i, 'Am besten parken Sie am Parkplatz „Rempart“ und gehen 5 Minuten zu Fuß in die Altstadt.'],
  [/wein|route/i, 'Die Weinstraße erreichen Sie mit dem Bus 145; viele Winzer bieten Verkostungen ohne Anmeldung an.'],
  [/f[üu]hrung|tour/i, 'Stadtführungen auf Deutsch gibt es samstags um 14 Uhr ab dem Tourismusbüro (8 €).'],
];

class OtEmma extends HTMLElement {
  connectedCallback() {
    this.innerHTML = `<button type="button" class="emma-pill" aria-expanded="false"><span class="emma-ava" aria-hidden="true">E</span>Fragen Sie Emma</button>`;
    this.btn = this.querySelector('.emma-pill');
    this.btn.addEventListener('click', () => this.toggle());
  }
  toggle() {
    if (!this.win) this.build();
    const show = this.win.hidden;
    this.win.hidden = !show;
    this.btn.setAttribute('aria-expanded', String(show));
    if (show) this.win.querySelector('input').focus();
  }
  build() {
    this.win = document.createElement('div');
    this.win.className = 'emma-win';
    this.win.hidden = true;
    this.win.setAttribute('role', 'dialog');
    this.win.setAttribute('aria-label', 'Chat mit Emma');
    this.win.innerHTML = `
      <div class="emma-head"><span class="emma-ava" aria-hidden="true">E</span><div><b>Emma</b><small>Tourismusbüro Obernheim</small></div><button type="button" class="emma-x" aria-label="Schließen">×</button></div>
      <p class="emma-hinweis">Emma ist eine KI (künstliche Intelligenz). Ihre Antworten werden automatisch erstellt und können Fehler enthalten.</p>
      <div class="emma-log" role="log"><p class="emma-m emma-b">Hallo! Ich bin Emma. Wie kann ich Ihnen bei Ihrem Besuch helfen?</p></div>
      <form class="emma-form"><input aria-label="Ihre Frage" placeholder="Ihre Frage…"><button type="submit">Senden</button></form>`;
    this.insertBefore(this.win, this.btn);
    this.win.querySelector('.emma-x').addEventListener('click', () => this.toggle());
    const log = this.win.querySelector('.emma-log');
    const add = (t, c) => { const p = document.createElement('p'); p.className = `emma-m ${c}`; p.textContent = t; log.append(p); log.scrollTop = log.scrollHeight; };
    this.win.querySelector('form').addEventListener('submit', async (e) => {
      e.preventDefault();
      const inp = this.win.querySelector('input');
      const q = inp.value.trim();
      if (!q) return;
      inp.value = '';
      add(q, 'emma-u');
      const hit = ANTWORTEN.find(([re]) => re.test(q));
      if (hit) return add(hit[1], 'emma-b');
      try { add((await (await fetch('http://127.0.0.1:9/emma', { method: 'POST', body: q })).json()).a, 'emma-b'); }
      catch { add('Das weiß ich leider nicht. Rufen Sie uns an: +33 0 00 00 00 00.', 'emma-b'); }
    });
  }
}
customElements.define('ot-emma', OtEmma);

// Ville d'Angers: the site's own chat written as a custom element with an open shadow root.
const css = `
:host{position:fixed;right:20px;bottom:20px;z-index:100;font-family:Arial,sans-serif}
.bubble{background:#fff;border:1px solid #ddd;border-radius:14px;padding:.6rem .9rem;box-shadow:0 3px 12px rgba(0,0,0,.2);margin-bottom:.6rem;max-width:220px}
.fab{width:60px;height:60px;border-radius:50%;border:0;background:#e30613;color:#fff;font-size:28px;cursor:pointer;float:right}
.panel{width:340px;height:460px;background:#fff;border-radius:12px;box-shadow:0 6px 24px rgba(0,0,0,.3);display:flex;flex-direction:column;margin-bottom:.6rem}
.panel[hidden]{display:none}.panel header{background:#1b1b1b;color:#fff;padding:.7rem 1rem;border-radius:12px 12px 0 0}
.log{flex:1;overflow:auto;padding:.8rem}.log p{background:#f3f3f3;border-radius:10px;padding:.5rem .7rem}
form{display:flex;border-top:1px solid #ddd}input{flex:1;border:0;padding:.7rem}button.send{border:0;background:#e30613;color:#fff;padding:0 1rem}`;

class AngersAssistant extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>${css}</style>
      <div class="bubble" part="teaser">Une question ? Je suis Zoé 🤖</div>
      <section class="panel" hidden role="dialog" aria-label="Zoé">
        <header><strong>Zoé</strong> · Ville d’Angers</header>
        <div class="log" role="log"><p>Bonjour ! Horaires, tarifs, inscriptions aux activités : je vous réponds.</p></div>
        <form><input aria-label="Votre message" placeholder="Votre message"><button class="send">Envoyer</button></form>
      </section>
      <button class="fab" type="button" aria-label="Discuter avec Zoé" aria-expanded="false">💬</button>`;
    const panel = root.querySelector('.panel');
    const teaser = root.querySelector('.bubble');
    const fab = root.querySelector('.fab');
    fab.addEventListener('click', () => {
      panel.hidden = !panel.hidden;
      teaser.hidden = !panel.hidden;
      fab.setAttribute('aria-expanded', String(!panel.hidden));
    });
    root.querySelector('form').addEventListener('submit', (e) => {
      e.preventDefault();
      const input = root.querySelector('input');
      if (!input.value) return;
      const p = document.createElement('p');
      p.textContent = input.value;
      root.querySelector('.log').append(p);
      input.value = '';
    });
  }
}
customElements.define('angers-assistant', AngersAssistant);

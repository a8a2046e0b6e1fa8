// Maison départementale de l'autonomie — deep-chat placé par le site dans son propre élément
// <mda-aide-en-ligne>, à racine fantôme FERMÉE, dans la colonne de contenu, ouvert au chargement.
import 'deep-chat';

class MdaAide extends HTMLElement {
  connectedCallback() {
    if (this._r) return;
    this._r = this.attachShadow({ mode: 'closed' });
    this._r.innerHTML = `<style>
      :host{display:block;margin:24px 0;font-family:Verdana,sans-serif}
      .cadre{border:2px solid #006d77;border-radius:8px;overflow:hidden}
      .titre{background:#006d77;color:#fff;padding:10px 14px;font-weight:700}
      .titre small{display:block;font-weight:400;font-size:12px}
    </style><div class="cadre"><div class="titre">Aide en ligne de la Maison de l’autonomie<small>Questions sur l’AAH, la PCH, la carte mobilité inclusion</small></div></div>`;
    const chat = document.createElement('deep-chat');
    chat.connect = { url: 'http://127.0.0.1:9/mda/chat' };
    chat.introMessage = { text: 'Bonjour, je suis l’assistant en ligne de la Maison de l’autonomie. Je suis une intelligence artificielle : vérifiez toujours les informations importantes auprès de nos conseillers.' };
    chat.textInput = { placeholder: { text: 'Votre question sur vos droits' } };
    chat.style = 'width:100%;height:430px;border:0;border-radius:0;background:#f5fbfb';
    chat.messageStyles = { default: { ai: { bubble: { backgroundColor: '#dff1f2', color: '#12343b' } }, user: { bubble: { backgroundColor: '#006d77' } } } };
    this._r.querySelector('.cadre').appendChild(chat);
  }
}
customElements.define('mda-aide-en-ligne', MdaAide);

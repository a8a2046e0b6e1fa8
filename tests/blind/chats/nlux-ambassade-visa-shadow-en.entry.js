// Embassy site: a custom element with an open shadow root that mounts the NLUX chat (npm @nlux/core).
import { createAiChat } from '@nlux/core';
import novaCss from '@nlux/themes/nova.css?inline';

class VisaAssistant extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = novaCss + ':host{display:block;margin:2rem 0}.box{height:440px;border:1px solid #ccc}';
    const box = document.createElement('div');
    box.className = 'box';
    root.append(style, box);
    createAiChat()
      .withAdapter({ streamText: (m, o) => { o.next('Please check france-visas.gouv.fr for the official answer.'); o.complete(); } })
      .withPersonaOptions({
        assistant: { name: 'Visa assistant', tagline: 'AI assistant – answers may be inaccurate', avatar: 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 40 40%22%3E%3Crect width=%2240%22 height=%2240%22 fill=%22%23000091%22/%3E%3C/svg%3E' },
      })
      .withComposerOptions({ placeholder: 'Ask about visas' })
      .withDisplayOptions({ height: '100%' })
      .mount(box);
  }
}
customElements.define('visa-assistant', VisaAssistant);

// Ville, "Urbanisme" pages: an inline question box under the article on building permits,
// written with Preact (h() calls, no JSX, as the town's build has no JSX step). It calls
// itself a robot; the answers come from the permit rules the planning office wrote down.
import { h, render } from 'preact';
import { useState } from 'preact/hooks';

const RULES = [
  { match: /(abri|cabane|garage)/i, answer: 'Un abri de jardin de 5 à 20 m² demande une déclaration préalable ; au-delà de 20 m², un permis de construire.' },
  { match: /(cl[oô]ture|portail|mur)/i, answer: 'Les clôtures sont soumises à déclaration préalable sur tout le territoire de la commune.' },
  { match: /(piscine)/i, answer: 'Une piscine de 10 à 100 m² non couverte demande une déclaration préalable.' },
  { match: /(fen[eê]tre|velux|fa[cç]ade|volets?)/i, answer: 'Modifier l’aspect extérieur (fenêtres, façade, volets) demande une déclaration préalable.' },
];

function UrbaRobot() {
  const [items, setItems] = useState([
    { me: false, text: 'Bonjour, je suis le robot de l’urbanisme. Décrivez vos travaux (abri, clôture, piscine, fenêtres…) et je vous indique l’autorisation à demander.' },
  ]);
  const [value, setValue] = useState('');
  const onSubmit = (e) => {
    e.preventDefault();
    const q = value.trim();
    if (!q) return;
    const rule = RULES.find((r) => r.match.test(q));
    setItems([
      ...items,
      { me: true, text: q },
      { me: false, text: rule ? rule.answer : 'Je ne sais pas répondre à cette question. Le service urbanisme vous reçoit sur rendez-vous le mardi et le jeudi.' },
    ]);
    setValue('');
  };
  return h('div', { class: 'urba-robot' }, [
    h('div', { class: 'urba-robot__title' }, 'Quelle autorisation pour mes travaux ?'),
    h(
      'div',
      { class: 'urba-robot__thread' },
      items.map((it, i) => h('div', { key: i, class: it.me ? 'urba-robot__line urba-robot__line--me' : 'urba-robot__line' }, it.text)),
    ),
    h('form', { class: 'urba-robot__form', onSubmit }, [
      h('input', {
        type: 'text',
        'aria-label': 'Décrivez vos travaux',
        placeholder: 'Ex. : je veux construire un abri de jardin de 12 m²',
        value,
        onInput: (e) => setValue(e.currentTarget.value),
      }),
      h('button', { type: 'submit' }, 'Demander'),
    ]),
  ]);
}

const style = document.createElement('style');
style.textContent = `
.urba-robot{border:1px solid #c8c8c8;border-left:6px solid #b34000;background:#fffaf6;padding:16px;margin:24px 0;font-family:inherit}
.urba-robot__title{font-weight:700;font-size:18px;margin-bottom:10px}
.urba-robot__thread{max-height:280px;overflow:auto;display:flex;flex-direction:column;gap:8px;margin-bottom:12px}
.urba-robot__line{background:#fff;border:1px solid #e3d6cc;border-radius:6px;padding:8px 12px;max-width:80%}
.urba-robot__line--me{align-self:flex-end;background:#b34000;color:#fff;border-color:#b34000}
.urba-robot__form{display:flex;gap:8px}.urba-robot__form input{flex:1;padding:10px;border:1px solid #666}
.urba-robot__form button{background:#b34000;color:#fff;border:0;padding:10px 16px;font-weight:700}`;
document.head.appendChild(style);

render(h(UrbaRobot), document.getElementById('urba-robot'));

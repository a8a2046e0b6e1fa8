// CCAS (a town's social welfare centre): an inline "Chatbot" block on the "Aides
// sociales" page. The code mimics what the Svelte compiler emits for the centre's
// component (element/append/listen helpers, a fragment with create/mount/update, scoped
// class names). Divs with click handlers, no roles, the input has only a placeholder.
function element(name) { return document.createElement(name); }
function text(data) { return document.createTextNode(data); }
function attr(node, name, value) { node.setAttribute(name, value); }
function append(target, node) { target.appendChild(node); }
function listen(node, event, handler) { node.addEventListener(event, handler); return () => node.removeEventListener(event, handler); }

const FAQ = {
  'aide alimentaire': 'L’aide alimentaire est attribuée après un rendez-vous avec un travailleur social du CCAS.',
  'domiciliation': 'La domiciliation administrative se demande à l’accueil du CCAS avec une pièce d’identité.',
  'transport': 'La carte de transport solidaire est délivrée sous condition de ressources, sur rendez-vous.',
  'repas': 'Le portage de repas à domicile est ouvert aux personnes de plus de 65 ans ou en situation de handicap.',
};

function create_message(ctx) {
  const div = element('div');
  attr(div, 'class', (ctx.me ? 'msg me' : 'msg') + ' svelte-1x9k2qa');
  append(div, text(ctx.text));
  return div;
}

function create_fragment(target) {
  let ctx = {
    messages: [{ me: false, text: 'Bonjour ! Cliquez sur un thème ou tapez votre question.' }],
    value: '',
  };
  const root = element('div');
  attr(root, 'class', 'ccas-bot svelte-1x9k2qa');
  const head = element('div');
  attr(head, 'class', 'head svelte-1x9k2qa');
  append(head, text('Chatbot du CCAS'));
  const list = element('div');
  attr(list, 'class', 'list svelte-1x9k2qa');
  const themes = element('div');
  attr(themes, 'class', 'themes svelte-1x9k2qa');
  for (const key of Object.keys(FAQ)) {
    const chip = element('div');
    attr(chip, 'class', 'chip svelte-1x9k2qa');
    append(chip, text(key));
    listen(chip, 'click', () => ask(key));
    append(themes, chip);
  }
  const row = element('div');
  attr(row, 'class', 'row svelte-1x9k2qa');
  const input = element('input');
  attr(input, 'placeholder', 'Écrivez votre question ici');
  attr(input, 'class', 'svelte-1x9k2qa');
  const go = element('div');
  attr(go, 'class', 'go svelte-1x9k2qa');
  append(go, text('Envoyer'));
  append(row, input);
  append(row, go);

  function update() {
    list.textContent = '';
    for (const m of ctx.messages) append(list, create_message(m));
    list.scrollTop = list.scrollHeight;
  }
  function $$invalidate(patch) { ctx = { ...ctx, ...patch }; update(); }
  function ask(q) {
    const key = Object.keys(FAQ).find((k) => q.toLowerCase().includes(k));
    $$invalidate({
      messages: [
        ...ctx.messages,
        { me: true, text: q },
        { me: false, text: key ? FAQ[key] : 'Je n’ai pas trouvé de réponse. L’accueil du CCAS vous répond du lundi au vendredi, de 9 h à 12 h.' },
      ],
    });
  }
  listen(go, 'click', () => { if (input.value.trim()) { ask(input.value.trim()); input.value = ''; } });
  listen(input, 'keydown', (e) => { if (e.key === 'Enter') go.click(); });

  return {
    c() { append(root, head); append(root, list); append(root, themes); append(root, row); update(); },
    m() { append(target, root); },
  };
}

const style = element('style');
style.textContent = `
.ccas-bot.svelte-1x9k2qa{border:2px solid #f39200;border-radius:10px;max-width:640px;margin:28px 0;background:#fff;font-family:inherit}
.head.svelte-1x9k2qa{background:#f39200;color:#222;font-weight:700;padding:10px 14px;border-radius:7px 7px 0 0}
.list.svelte-1x9k2qa{height:190px;overflow:auto;padding:12px}
.msg.svelte-1x9k2qa{background:#fff4e5;border-radius:8px;padding:8px 12px;margin-bottom:8px;max-width:80%}
.msg.me.svelte-1x9k2qa{background:#444;color:#fff;margin-left:auto}
.themes.svelte-1x9k2qa{display:flex;flex-wrap:wrap;gap:6px;padding:0 12px 10px}
.chip.svelte-1x9k2qa{border:1px solid #f39200;border-radius:14px;padding:4px 10px;cursor:pointer;font-size:14px}
.row.svelte-1x9k2qa{display:flex;border-top:1px solid #eee}
input.svelte-1x9k2qa{flex:1;border:0;padding:12px;font:inherit}
.go.svelte-1x9k2qa{padding:12px 16px;background:#f39200;font-weight:700;cursor:pointer;border-radius:0 0 7px 0}`;
append(document.head, style);

const block = create_fragment(document.getElementById('ccas-chatbot'));
block.c();
block.m();

// EURAXESS France: the site's own React chat, closed at load behind a "Chat with us" button.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function Ask() {
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState(['Hi! I am Sam, the EURAXESS virtual assistant. How can I help with your move?']);
  const [q, setQ] = useState('');
  return (
    <>
      {open && (
        <section className="askpanel" role="dialog" aria-label="Chat">
          <header><strong>Sam</strong> · virtual assistant</header>
          <ul>{items.map((t, i) => <li key={i}>{t}</li>)}</ul>
          <form onSubmit={(e) => { e.preventDefault(); if (q) { setItems([...items, q]); setQ(''); } }}>
            <input aria-label="Message" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Type your message" />
            <button>Send</button>
          </form>
        </section>
      )}
      <button className="ask" type="button" aria-expanded={open} onClick={() => setOpen(!open)}>{open ? 'Close' : 'Chat with us'}</button>
    </>
  );
}
const host = document.createElement('div');
document.body.appendChild(host);
createRoot(host).render(<Ask />);

import { decodeCbor, field, items, text } from './cbor';

/**
 * Reads what a C2PA manifest store (Content Credentials) declares about how an image was made:
 * the `digitalSourceType` of every action, in every manifest of the store, the ingredients'
 * manifests included. A store holds the image's own manifest (the active one, the last) and the
 * manifests of the images it was made from: a picture edited from a generated one, or a
 * composite with a generated part, says so in its ingredient's manifest, not always in its own.
 *
 * Nothing here checks a signature or a hash: a value read is what the file claims.
 *
 * Structure (C2PA 2.1 §11, JUMBF ISO/IEC 19566-5): a `jumb` superbox whose `jumd` description
 * has type `c2pa`, holding manifest superboxes (`c2ma`, or `c2um` for an update), each holding an
 * assertion store (`c2as`) of assertion superboxes, labelled e.g. `c2pa.actions.v2`, whose
 * content is a `cbor` box, or a `brob` box when compressed (Brotli: not readable here).
 */

/** Where a manifest stands in the store, as far as the store says. */
export type ManifestRole =
  /** The image's own manifest (the last one in the store). */
  | 'active'
  /** The manifest of an image this one was made from, named by an ingredient assertion. */
  | 'ingredient'
  /** Another manifest of the store, referenced by no ingredient. */
  | 'other'
  /** The store is cut short: which manifest is the image's own cannot be told. */
  | 'unknown';

export interface C2paDeclaration {
  /** The IPTC term, e.g. `trainedAlgorithmicMedia`. */
  value: string;
  /** The manifest's label, e.g. `urn:uuid:…`. */
  manifest: string;
  role: ManifestRole;
  /** For an ingredient's manifest: how the image used it (`parentOf`, `componentOf`, `inputTo`). */
  relationship?: string;
  /** The action's software agent, else the manifest's claim generator, when plain text. */
  tool?: string;
}

/**
 * - `read`: every actions assertion of every manifest was decoded;
 * - `unreadable`: the store, or one of its actions assertions, could not be decoded (compressed,
 *   corrupt CBOR, broken boxes): what it declares is unknown, in part or in full;
 * - `incomplete`: the store is cut short (the file ends, or a segment is missing);
 * - `too-large`: the store is larger than Vigie agrees to read.
 */
export type C2paStatus = 'read' | 'unreadable' | 'incomplete' | 'too-large';

export interface C2paReading {
  status: C2paStatus;
  declarations: C2paDeclaration[];
  /** Manifests found (complete ones). */
  manifests: number;
}

/** Bounds on the box walk: a real store has a few hundred boxes at most, nested 6 deep. */
const MAX_BOXES = 5_000;
const MAX_BOX_DEPTH = 12;
const MAX_MANIFESTS = 64;
const MAX_ACTIONS = 500;
const MAX_DECLARATIONS = 32;

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

function u32be(b: Uint8Array, at: number): number {
  return (((b[at] ?? 0) << 24) | ((b[at + 1] ?? 0) << 16) | ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0)) >>> 0;
}

interface Box {
  type: string;
  /** Content, after the header. */
  content: Uint8Array;
  /** For a `jumb` superbox: its description's type (4 characters) and label. */
  jumdType?: string;
  label?: string;
  children?: Box[];
}

interface Walk {
  boxes: number;
  /** A box claimed more bytes than its parent holds, or a length made no sense. */
  broken: boolean;
}

/**
 * The boxes in `b`, recursively for superboxes. A box that claims more bytes than there are marks
 * the walk broken and is not returned (its content would be a guess), except, when `cut` says
 * the bytes were cut short, a superbox: its complete children are still worth reading.
 */
function parseBoxes(b: Uint8Array, depth: number, walk: Walk, cut = false): Box[] {
  const boxes: Box[] = [];
  let at = 0;
  while (at + 8 <= b.length) {
    if (++walk.boxes > MAX_BOXES || depth > MAX_BOX_DEPTH) {
      walk.broken = true;
      break;
    }
    let size = u32be(b, at);
    const type = latin1.decode(b.subarray(at + 4, at + 8));
    let header = 8;
    if (size === 1) {
      // XLBox: a 64-bit length. Anything above 2^32 is far past any budget anyway.
      const high = u32be(b, at + 8);
      size = high === 0 ? u32be(b, at + 12) : Number.MAX_SAFE_INTEGER;
      header = 16;
    } else if (size === 0) {
      size = b.length - at; // The box runs to the end of its parent.
    }
    const overruns = at + size > b.length;
    if (size < header || at + header > b.length || (overruns && !(cut && type === 'jumb'))) {
      walk.broken = true;
      break;
    }
    const content = b.subarray(at + header, Math.min(b.length, at + size));
    const box: Box = { type, content };
    if (type === 'jumb') {
      const children = parseBoxes(content, depth + 1, walk, overruns);
      const jumd = children[0]?.type === 'jumd' ? children[0].content : undefined;
      if (jumd && jumd.length >= 17) {
        box.jumdType = latin1.decode(jumd.subarray(0, 4));
        // Toggles: bit 1 says a label follows, null-terminated UTF-8.
        if ((jumd[16]! & 0x02) !== 0) {
          const end = jumd.indexOf(0, 17);
          box.label = utf8.decode(jumd.subarray(17, end < 0 ? Math.min(jumd.length, 17 + 256) : Math.min(end, 17 + 256)));
        }
      }
      box.children = children.slice(1);
    }
    boxes.push(box);
    at += size;
  }
  return boxes;
}

/** The first child superbox whose description has type `jumdType`. */
function childOfType(box: Box, jumdType: string): Box | undefined {
  return box.children?.find((c) => c.jumdType === jumdType);
}

/** An assertion's or a claim's content box: the first child that is not a superbox. */
function contentOf(box: Box): Box | undefined {
  return box.children?.find((c) => c.type !== 'jumb');
}

// `c2pa.actions`, `c2pa.actions.v2`, with an instance suffix when there are several (`__1`).
const ACTIONS_LABEL = /^c2pa\.actions(?:\.v\d+)?(?:__\d+)?$/;
const INGREDIENT_LABEL = /^c2pa\.ingredient(?:\.v\d+)?(?:__\d+)?$/;

/** A readable tool name: printable, short, no markup. */
export function plainName(value: string | undefined): string | undefined {
  const name = value?.replace(/\s+/g, ' ').trim();
  return name && name.length <= 100 && !/[\p{Cc}<>]/u.test(name) ? name : undefined;
}

/** `softwareAgent`: a string (actions v1) or a map with a `name` (actions v2). */
function agentName(agent: unknown): string | undefined {
  return plainName(text(agent) ?? text(field(agent, 'name')));
}

/** The claim's generator: `claim_generator_info` (a map, or an array of maps), else `claim_generator`. */
function claimGenerator(claim: unknown): string | undefined {
  const info = field(claim, 'claim_generator_info');
  const first = Array.isArray(info) ? info[0] : info;
  return plainName(text(field(first, 'name'))) ?? plainName(text(field(claim, 'claim_generator')));
}

/**
 * The IPTC term at the end of a DigitalSourceType URI: `http://cv.iptc.org/newscodes/
 * digitalsourcetype/<term>` (IPTC) or `http://c2pa.org/digitalsourcetype/<term>` (C2PA's own).
 */
export function sourceTypeTerm(uri: string | undefined): string | undefined {
  const m = /digitalsourcetype\/([A-Za-z]{1,60})\s*$/i.exec(uri?.trim() ?? '');
  return m?.[1];
}

/** The manifest label a hashed URI points to: `self#jumbf=/c2pa/<label>[/…]`. */
function manifestLabelOf(url: string | undefined): string | undefined {
  const m = /\/c2pa\/([^/]{1,256})/.exec(url ?? '');
  return m?.[1];
}

interface ManifestContent {
  label: string;
  tool?: string;
  actions: { value: string; tool?: string }[];
  /** Manifests this one names as ingredients, with how it used them. */
  ingredients: { label: string; relationship?: string }[];
  /** An actions assertion could not be decoded. */
  unreadable: boolean;
}

/** The `digitalSourceType` of every action (a template for its kind counts when it has none). */
function actionsOf(value: unknown, fallbackTool: string | undefined): { value: string; tool?: string }[] {
  const found: { value: string; tool?: string }[] = [];
  const templates = items(field(value, 'templates'), MAX_ACTIONS);
  const template = (kind: string | undefined) =>
    templates.find((t) => text(field(t, 'action')) === kind) ?? templates.find((t) => text(field(t, 'action')) === '*');
  for (const action of items(field(value, 'actions'), MAX_ACTIONS)) {
    const kind = text(field(action, 'action'));
    const own = text(field(action, 'digitalSourceType'));
    const source = own ?? text(field(template(kind), 'digitalSourceType'));
    const term = sourceTypeTerm(source);
    if (!term) continue;
    const tool = agentName(field(action, 'softwareAgent')) ?? (own ? undefined : agentName(field(template(kind), 'softwareAgent')));
    found.push({ value: term, tool: tool ?? fallbackTool });
  }
  return found;
}

function readManifest(box: Box): ManifestContent {
  const manifest: ManifestContent = { label: box.label ?? '', actions: [], ingredients: [], unreadable: false };
  const claimBox = childOfType(box, 'c2cl');
  const claimContent = claimBox && contentOf(claimBox);
  if (claimContent?.type === 'cbor') {
    const claim = decodeCbor(claimContent.content);
    if (claim.ok) manifest.tool = claimGenerator(claim.value);
  }
  const assertions = childOfType(box, 'c2as')?.children ?? [];
  for (const assertion of assertions) {
    const label = assertion.label ?? '';
    const isActions = ACTIONS_LABEL.test(label);
    if (!isActions && !INGREDIENT_LABEL.test(label)) continue;
    const content = contentOf(assertion);
    const decoded = content?.type === 'cbor' ? decodeCbor(content.content) : undefined;
    if (!decoded?.ok) {
      // A compressed (`brob`) or corrupt actions assertion: its declaration, if any, is unknown.
      if (isActions) manifest.unreadable = true;
      continue;
    }
    if (isActions) {
      manifest.actions.push(...actionsOf(decoded.value, manifest.tool));
    } else {
      // Ingredient v1/v2 point at the ingredient's manifest with `c2pa_manifest`, v3 with `activeManifest`.
      const ref = field(decoded.value, 'activeManifest') ?? field(decoded.value, 'c2pa_manifest');
      const target = manifestLabelOf(text(field(ref, 'url')));
      if (target) manifest.ingredients.push({ label: target, relationship: plainName(text(field(decoded.value, 'relationship'))) });
    }
  }
  return manifest;
}

/**
 * Reads a manifest store (the JUMBF box, from its first byte). `complete: false` says the bytes
 * stop before the store's end (the file was cut, or a segment is missing): the complete manifests
 * are still read, but which one is the image's own is not guessed. Never throws.
 */
export function readManifestStore(store: Uint8Array, { complete }: { complete: boolean }): C2paReading {
  const walk: Walk = { boxes: 0, broken: false };
  const top = parseBoxes(store, 0, walk, !complete)[0];
  if (!top || top.type !== 'jumb' || top.jumdType !== 'c2pa') {
    return { status: complete ? 'unreadable' : 'incomplete', declarations: [], manifests: 0 };
  }
  const manifestBoxes = (top.children ?? []).filter((c) => c.jumdType === 'c2ma' || c.jumdType === 'c2um').slice(0, MAX_MANIFESTS);
  const manifests = manifestBoxes.map(readManifest);
  const ingredientOf = new Map<string, string | undefined>();
  for (const m of manifests) for (const i of m.ingredients) if (!ingredientOf.has(i.label)) ingredientOf.set(i.label, i.relationship);
  const last = manifests.at(-1);
  const declarations: C2paDeclaration[] = [];
  for (const m of manifests) {
    const role: ManifestRole = m === last && complete ? 'active' : ingredientOf.has(m.label) ? 'ingredient' : complete ? 'other' : 'unknown';
    for (const action of m.actions) {
      if (declarations.length >= MAX_DECLARATIONS) break;
      if (declarations.some((d) => d.manifest === m.label && d.value === action.value)) continue;
      const relationship = role === 'ingredient' ? ingredientOf.get(m.label) : undefined;
      declarations.push({
        value: action.value,
        manifest: m.label,
        role,
        ...(relationship ? { relationship } : {}),
        ...(action.tool ? { tool: action.tool } : {}),
      });
    }
  }
  const status: C2paStatus = !complete ? 'incomplete' : walk.broken || manifests.some((m) => m.unreadable) ? 'unreadable' : 'read';
  return { status, declarations, manifests: manifests.length };
}

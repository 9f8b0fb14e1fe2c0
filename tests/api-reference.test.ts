import { expect } from '@open-wc/testing';
import { MmsGuidance } from '../src/mms-guidance.js';

/**
 * The documented API must cover what the class really declares. The expected
 * list comes from the class's own `static properties`, not from the generated
 * docs, so a generator that drops members cannot pass by regenerating itself.
 */
const declared = Object.entries(MmsGuidance.properties as Record<string, { attribute?: string | boolean }>).map(
  ([property, { attribute }]) => ({ property, attribute: typeof attribute === 'string' ? attribute : property }),
);

const text = async (path: string) => {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
};

/** The markdown table rows between `<!-- name:start … -->` and `<!-- name:end -->`. */
function generatedRows(markdown: string, name: string): string[] {
  const start = markdown.indexOf(`<!-- ${name}:start`);
  const end = markdown.indexOf(`<!-- ${name}:end -->`);
  expect(start, `${name} markers`).to.be.greaterThan(-1);
  return markdown
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('| `'));
}

describe('the API reference', () => {
  it('the class declares the eleven attributes partners use', () => {
    expect(declared.map(({ attribute }) => attribute)).to.have.members([
      'heading-level',
      'guidance-href',
      'open-items',
      'color-scheme',
      'contrast-guard',
      'content-src',
      'share',
      'share-url',
      'link-prefix',
      'structured-data',
      'plain-words',
    ]);
  });

  for (const [file, section] of [
    ['/README.md', 'attributes'],
    ['/docs/api.md', 'api'],
  ]) {
    it(`${file} has a row for every attribute, with its property, type, default and description`, async () => {
      const rows = generatedRows(await text(file!), section!);
      for (const { attribute, property } of declared) {
        const row = rows.find((line) => line.startsWith(`| \`${attribute}\` | \`${property}\` |`));
        expect(row, `${file}: ${attribute}`).to.be.a('string');
        // Cells split at the table's own pipes, not at the escaped ones in a type (`number \| string`).
        const [, , , type, defaultValue, description] = row!.split(/(?<!\\)\|/).map((cell) => cell.trim());
        expect(type, `${attribute}'s type`).to.match(/`.+`/);
        expect(description?.length ?? 0, `${attribute}'s description`).to.be.greaterThan(20);
        if (property !== 'guidanceHref' && property !== 'contentSrc' && property !== 'shareUrl') {
          expect(defaultValue, `${attribute}'s default`).to.match(/`.+`/);
        }
      }
    });
  }

  it('custom-elements.json lists every attribute and property, public and described', async () => {
    const manifest = JSON.parse(await text('/custom-elements.json')) as {
      modules: {
        declarations?: {
          customElement?: boolean;
          attributes: { name: string; fieldName: string }[];
          members: { name: string; privacy?: string; description?: string }[];
        }[];
      }[];
    };
    const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.customElement)!;
    for (const { attribute, property } of declared) {
      expect(
        element.attributes.some((entry) => entry.name === attribute && entry.fieldName === property),
        `attribute ${attribute}`,
      ).to.equal(true);
      const member = element.members.find((entry) => entry.name === property);
      expect(member?.privacy ?? 'public', `${property}'s privacy`).to.equal('public');
      expect(member?.description?.length ?? 0, `${property}'s description`).to.be.greaterThan(20);
    }
  });

  it("Drupal's allowed-tags line in docs/embedding.md names every attribute", async () => {
    const embedding = await text('/docs/embedding.md');
    const line = /<mms-guidance ([^>]*)>/.exec(embedding.slice(embedding.indexOf('<!-- drupal-attributes:start')))?.[1];
    expect(line?.split(' ')).to.include.members([...declared.map(({ attribute }) => attribute), 'lang']);
  });
});

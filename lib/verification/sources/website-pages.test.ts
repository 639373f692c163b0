import { afterAll, describe, expect, it } from 'vitest';
import { parseAllowList } from '@/lib/outbound/allow-list';
import { createOutboundClient } from '@/lib/outbound/outbound-fetch';
import { resolverOf } from '@/lib/outbound/test-support';
import { bakeryLocation } from '@/lib/verification/website/test-support';
import { startWebsiteServer } from '@/tests/support/website-server';
import type { VerifiableLocation } from './source-result';
import { verifyWebsites } from './website-source';

// A chain's branches often name one page (its store list): it is fetched once for all of them and
// each branch finds its own entry on it.

const site = await startWebsiteServer();
afterAll(() => site.close());
const client = createOutboundClient({ allow: parseAllowList(site.host) });
site.serveFixture('/filialen/', 'chain-stores.html');

const branch = (id: string, street: string, postalCode: string): VerifiableLocation => ({
  ...bakeryLocation,
  id,
  name: 'Backhaus Nord',
  street,
  postalCode,
  city: 'Bremerhaven',
  region: null,
  phone: null,
  website: site.url('/filialen/'),
  latitude: null,
  longitude: null,
  primaryCategory: null,
  timeZone: 'Europe/Berlin',
});

describe('verifyWebsites', () => {
  it('fetches a page the branches share once and finds each branch on it', async () => {
    const asked: string[] = [];
    const results = await verifyWebsites(
      [
        branch('lehe', 'Hafenstraße 145', '27576'),
        branch('mitte', 'Bürgermeister-Smidt-Straße 5', '27568'),
        { ...branch('none', 'Am Deich 1', '27570'), website: null },
      ],
      client,
      { beforeRequest: async (url) => void asked.push(url) },
    );
    expect(asked).toEqual([site.url('/filialen/')]);
    expect(site.requests.filter((request) => request.path === '/filialen/')).toHaveLength(1);
    const nameOf = (id: string) => {
      const result = results.get(id)!;
      return result.outcome === 'unavailable' ? null : result.observed?.name;
    };
    expect(nameOf('lehe')).toBe('Backhaus Nord – Filiale Lehe');
    expect(nameOf('mitte')).toBe('Backhaus Nord – Filiale Mitte');
    expect(results.get('none')).toMatchObject({ outcome: 'no-data', details: { finding: 'noWebsite' } });
  });

  it('reports a website whose name does not exist as a finding, not as a source to ask again', async () => {
    const nowhere = createOutboundClient({ allow: parseAllowList(site.host), resolve: resolverOf({}) });
    const results = await verifyWebsites(
      [{ ...branch('typo', 'Hafenstraße 145', '27576'), website: 'https://www.backhaus-nrod.example/' }],
      nowhere,
    );
    expect(results.get('typo')).toMatchObject({
      outcome: 'no-data',
      details: { finding: 'siteNotFound' },
      sourceUrl: 'https://www.backhaus-nrod.example/',
    });
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bytesToBase64Url } from '../../../src/shared/routine-transfer/base64url';
import { catalogTransferContext } from '../../../src/shared/routine-transfer/catalog-transfer-context';
import { deflateRaw } from '../../../src/shared/routine-transfer/deflate-raw';
import { createShareLink, decodeShareFragment } from '../../../src/shared/routine-transfer/share-link-codec';
import { documentOf, sampleRoutine } from './transfer-fixtures';

const origin = 'https://upright.example';
const fragmentOf = (link: string) => new URL(link).hash;
const decode = (fragment: string) => decodeShareFragment(fragment, catalogTransferContext);
const linkFor = async (value: unknown) => `#r=${bytesToBase64Url(await deflateRaw(new TextEncoder().encode(JSON.stringify(value))))}`;

describe('share links', () => {
  it('carries a routine to /shared in the fragment and back unchanged', async () => {
    const routine = sampleRoutine();
    const link = await createShareLink(routine, origin);
    expect(link).toMatch(/^https:\/\/upright\.example\/shared#r=[A-Za-z0-9_-]+$/);
    expect(await decode(fragmentOf(link))).toEqual({ ok: true, routine });
  });

  it('keeps a typical routine link short enough to paste into a message', async () => {
    const link = await createShareLink(sampleRoutine(), origin);
    expect(link.length).toBeLessThan(400);
  });

  it('says the link is damaged when its end was cut off', async () => {
    const link = await createShareLink(sampleRoutine(), origin);
    const result = await decode(fragmentOf(link).slice(0, -12));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/damaged or incomplete/) });
  });

  it('says the link is damaged when a character was changed', async () => {
    const fragment = fragmentOf(await createShareLink(sampleRoutine(), origin));
    const tampered = `${fragment.slice(0, 10)}${fragment[10] === 'A' ? 'B' : 'A'}${fragment.slice(11)}`;
    const result = await decode(tampered);
    expect(result.ok).toBe(false);
  });

  it('refuses characters that base64url never has', async () => {
    expect(await decode('#r=abc$def')).toEqual({ ok: false, message: expect.stringMatching(/damaged/) });
  });

  it('says when the link carries no routine at all', async () => {
    expect(await decode('')).toEqual({ ok: false, message: expect.stringMatching(/does not contain a routine/) });
    expect(await decode('#x=1')).toEqual({ ok: false, message: expect.stringMatching(/does not contain a routine/) });
  });

  it('stops inflating a link that expands past 64 kB', async () => {
    const bomb = await linkFor({ padding: ' '.repeat(2_000_000) });
    expect(bomb.length).toBeLessThan(10_000);
    expect(await decode(bomb)).toEqual({ ok: false, message: expect.stringMatching(/far more than one routine/) });
  });

  it('names the item at fault in a well-formed link with a bad routine', async () => {
    const routine = sampleRoutine();
    const fragment = await linkFor(documentOf([{ ...routine, items: [...routine.items, { exerciseId: 'plank-x' }] }]));
    expect(await decode(fragment)).toEqual({ ok: false, message: "This link's routine cannot be used: item 4: unknown exercise 'plank-x'" });
  });

  it('refuses a link whose routine name is only zero-width characters, saying why', async () => {
    const fragment = await linkFor(documentOf([sampleRoutine({ name: '\u200b\u2060\u200b' })]));
    expect(await decode(fragment)).toEqual({
      ok: false,
      message: "This link's routine cannot be used: its name needs at least one visible letter, digit or symbol.",
    });
  });

  it('opens a link whose routine name hides a right-to-left override and a NUL, with the name cleaned', async () => {
    const fragment = await linkFor(documentOf([sampleRoutine({ name: '\u202eMorning\u0000 back' })]));
    expect(await decode(fragment)).toEqual({ ok: true, routine: sampleRoutine({ name: 'Morning back' }) });
  });

  it('refuses a link that carries two routines', async () => {
    const fragment = await linkFor(documentOf([sampleRoutine(), sampleRoutine({ id: 'second' })]));
    expect(await decode(fragment)).toEqual({ ok: false, message: 'A share link carries exactly one routine; this one does not.' });
  });

  it('refuses a link that is not UTF-8 JSON', async () => {
    expect((await decode(await linkFor('just a string'))).ok).toBe(false);
    const notJson = `#r=${bytesToBase64Url(await deflateRaw(new TextEncoder().encode('{ not json')))}`;
    expect(await decode(notJson)).toEqual({ ok: false, message: expect.stringMatching(/damaged/) });
    const notUtf8 = `#r=${bytesToBase64Url(await deflateRaw(new Uint8Array([0xff, 0xfe, 0x7b])))}`;
    expect(await decode(notUtf8)).toEqual({ ok: false, message: expect.stringMatching(/damaged/) });
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskPersonalData } from './masking.ts';

function masked(text: string): string {
  return maskPersonalData(text).text;
}

describe('personal data masking', () => {
  it('masks e-mail addresses', () => {
    assert.equal(masked('Kirjoita minulle: matti.meikalainen@example.fi kiitos'), 'Kirjoita minulle: [email] kiitos');
    assert.equal(masked('anna-liisa+kysely@rauma.fi.'), '[email].');
    assert.equal(masked('Ärrä åsa_öberg@kommun.ax'), 'Ärrä [email]');
  });

  it('masks Finnish personal identity codes with a right check character, every century sign', () => {
    for (const code of ['131052-308T', '010594Y9021', '020502E903Y', '290200A1239', '311299+005C', '150876V4442']) {
      assert.equal(masked(`hetu ${code}, kiitos`), 'hetu [id], kiitos', code);
    }
    assert.equal(maskPersonalData('131052-308T ja 010594Y9021').found.identityCode, 2);
  });

  it('leaves identity-code lookalikes with a wrong check character or date', () => {
    assert.equal(masked('131052-308A'), '131052-308A');
    assert.equal(masked('Tilaus 131352-308T'), 'Tilaus 131352-308T');
    assert.equal(masked('Koodi 131052G308T'), 'Koodi 131052G308T');
  });

  it('masks Finnish and international phone numbers', () => {
    for (const phone of [
      '040 123 4567',
      '040-1234567',
      '0401234567',
      '+358 40 123 4567',
      '+358401234567',
      '+358 (0)40 123 4567',
      '00358 50 765 4321',
      '(02) 8377 9000',
      '09 1234 567',
      '+46 70 123 45 67',
    ]) {
      assert.equal(masked(`Soita ${phone} illalla`), 'Soita [phone] illalla', phone);
    }
  });

  it('leaves years, dates, amounts, postcodes and times alone', () => {
    for (const text of [
      'Vuonna 2013 ja 2025',
      'Kokous 1.12.2024 klo 10-12',
      'Budjetti 1 500 000 euroa',
      'Osoite on 26100 Rauma',
      'Äänesti 12 345 ihmistä',
      'Hinta 0,5 % nousu',
      'Vuodet 2013–2025',
    ]) {
      assert.equal(masked(text), text);
    }
  });

  it('masks street addresses with a number, Finnish and Swedish', () => {
    assert.equal(masked('Asun osoitteessa Kauppakatu 12 B 7 Raumalla'), 'Asun osoitteessa [address] Raumalla');
    assert.equal(masked('Satamatie 5, 26100 Rauma'), '[address], 26100 Rauma');
    assert.equal(masked('Vanhankirkonkatu 3a'), '[address]');
    assert.equal(masked('Pohjoisranta 11 as. 4'), '[address]');
    assert.equal(masked('Jag bor på Storgatan 5'), 'Jag bor på [address]');
    assert.equal(masked('Skolvägen 12 lgh 3'), '[address]');
  });

  it('leaves street words without a house number, or with a unit after the number', () => {
    for (const text of [
      'Kauppakatu on liian ahdas',
      'Pyörätie 2 km päässä',
      'Satamatie 50 % kunnossa',
      'Tie on huono',
      'vägen 3 km bort',
      'Kauppakatu 2 kertaa viikossa',
    ]) {
      assert.equal(masked(text), text);
    }
  });

  it('counts what it found and leaves text without personal data unchanged', () => {
    const result = maskPersonalData('Lisää pyöräteitä ja puistoja keskustaan.');
    assert.equal(result.text, 'Lisää pyöräteitä ja puistoja keskustaan.');
    assert.deepEqual(result.found, { email: 0, identityCode: 0, phone: 0, address: 0 });
    assert.deepEqual(maskPersonalData('a@b.fi, 040 123 4567, Kauppakatu 1').found, { email: 1, identityCode: 0, phone: 1, address: 1 });
  });
});

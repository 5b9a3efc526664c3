// regimeCalendar when several events fall on one day for one measure: two renewals by one resolution (told apart by
// paragraph), renewals by two resolutions adopted the same day (told apart by number), and a suspension, which moves
// no date of the calendar. The order is fixed by the events themselves, never by the input's order.
import { describe, expect, it } from 'vitest';
import { measuresInForce, RegimeSchema, regimeCalendar } from '../../src/index.js';
import { type RegimeInput, resolution } from './fixtures.js';

const extend = (paragraph: string, until: string) => ({
  type: 'extend' as const,
  target: 'x.ban',
  paragraph,
  effective: '2012-01-01',
  until,
  summary: `renewed until ${until}`,
  confidence: 'confirmed' as const,
});

const input: RegimeInput = {
  id: 'ties',
  title: 'Ties',
  target: 'XXA',
  committee: 'none',
  foundingResolution: 1,
  resolutions: [
    resolution(1, '2010-01-01', {
      measures: [
        {
          kind: 'travel-ban',
          id: 'x.ban',
          summary: 'A travel ban',
          citations: [{ resolution: 1, paragraph: '1' }],
          effective: { start: '2010-01-01', end: '2011-12-31' },
          confidence: 'confirmed',
        },
      ],
    }),
    resolution(2, '2012-01-01', { changes: [extend('4', '2013-06-30'), extend('3', '2013-06-30')] }),
    resolution(3, '2012-01-01', {
      changes: [
        extend('1', '2013-06-30'),
        {
          type: 'suspend',
          target: 'x.ban',
          paragraph: '2',
          effective: '2012-03-01',
          until: '2012-04-30',
          summary: 'suspended for two months',
          confidence: 'confirmed',
        },
      ],
    }),
  ],
};

describe('regimeCalendar, on events of one day for one measure', () => {
  const calendar = (resolutions: RegimeInput['resolutions']) =>
    regimeCalendar(RegimeSchema.parse({ ...input, resolutions }), {
      from: '2011-01-01',
      to: '2014-12-31',
    }).map(
      (e) =>
        `${e.date} ${e.kind} ${e.id} res. ${e.resolution} ${'paragraph' in e.citation ? e.citation.paragraph : ''}`,
    );

  it('orders them by resolution, then paragraph, whatever the input order', () => {
    const ordered = calendar(input.resolutions);
    expect(ordered).toEqual([
      '2012-01-01 measure-renewed x.ban res. 2 3',
      '2012-01-01 measure-renewed x.ban res. 2 4',
      '2012-01-01 measure-renewed x.ban res. 3 1',
      // The suspension moves no date; the last renewal applied sets the end.
      '2013-06-30 measure-lapses-unless-renewed x.ban res. 3 1',
    ]);
    const reversed = input.resolutions.map((r) => ({ ...r, changes: [...r.changes].reverse() })).reverse();
    expect(calendar(reversed)).toEqual(ordered);
  });

  it('says for each renewal the end it replaced and the new end', () => {
    const events = regimeCalendar(RegimeSchema.parse(input), { from: '2011-01-01', to: '2014-12-31' });
    expect(
      events.map((e) => [
        e.kind,
        e.resolution,
        'previousEnd' in e ? e.previousEnd : '-',
        'newEnd' in e ? e.newEnd : '-',
      ]),
    ).toEqual([
      ['measure-renewed', 2, '2011-12-31', '2013-06-30'],
      ['measure-renewed', 2, '2013-06-30', '2013-06-30'],
      ['measure-renewed', 3, '2013-06-30', '2013-06-30'],
      ['measure-lapses-unless-renewed', 3, '-', '-'],
    ]);
    // A mandate is established on its first day, and a renewal that starts after its end opens a new term.
  });

  it('applies two changes of one measure on one day by one resolution in paragraph order, whatever the input order (regression)', () => {
    // Resolution 2 renews x.ban twice on the same day, until different days. The last change applied set the end, and
    // the changes were applied in the order the resolution listed them: listed the other way, the ban ended elsewhere.
    const twice = (order: 'forward' | 'backward') => {
      const changes = [extend('3', '2013-06-30'), extend('10', '2014-06-30')];
      const first = input.resolutions[0] as RegimeInput['resolutions'][number];
      return RegimeSchema.parse({
        ...input,
        resolutions: [
          first,
          resolution(2, '2012-01-01', { changes: order === 'forward' ? changes : changes.reverse() }),
        ],
      });
    };
    const end = (order: 'forward' | 'backward') =>
      measuresInForce(twice(order), '2013-01-01').find((m) => m.measure.id === 'x.ban')?.until;
    // Paragraph 10 comes after paragraph 3 (numbers compared as numbers), so its end stands.
    expect(end('forward')).toBe('2014-06-30');
    expect(end('backward')).toBe('2014-06-30');
    expect(regimeCalendar(twice('backward'), { from: '2011-01-01', to: '2014-12-31' })).toEqual(
      regimeCalendar(twice('forward'), { from: '2011-01-01', to: '2014-12-31' }),
    );
  });

  it('lists two renewals by one resolution on one day in paragraph order, 3 before 10 (regression)', () => {
    // The paragraphs were compared as text, so paragraph 10 came before paragraph 3.
    const regime = RegimeSchema.parse({
      ...input,
      resolutions: [
        input.resolutions[0],
        resolution(2, '2012-01-01', { changes: [extend('10', '2014-06-30'), extend('3', '2013-06-30')] }),
      ],
    });
    const renewals = regimeCalendar(regime, { from: '2012-01-01', to: '2012-01-01' });
    expect(renewals.map((e) => ['paragraph' in e.citation ? e.citation.paragraph : '', e.newEnd])).toEqual([
      ['3', '2013-06-30'],
      ['10', '2014-06-30'],
    ]);
  });
});

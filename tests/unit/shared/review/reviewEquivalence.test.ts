// Output equivalence for the review (issue 19): the Markdown of seeded journals' reviews
// over three periods must stay byte for byte what it was when the digests below were
// taken (commit 42ff7e1, before the speed work), whatever is cached between builds.
import { describe, expect, it } from 'vitest'
import { JOURNALS, reviewOutputs } from '../bullets/equivalenceCases'

const EXPECTED: Record<string, string[]> = {
  'sample director-ops true': [
    'ee8c5f8255372d6db921',
    'b979d7e423855758b2ad',
    '358938ee6c90e001b404',
  ],
  'sample director-ops false': [
    'b54c9f9b35be875f6dbd',
    '20e0eb80c069e11b6426',
    '50157713d3804eee5cbb',
  ],
  'sample it-director true': [
    'c884dfcef485c9ec8a30',
    'bc574bf1410ae17fbd1f',
    '5af25f9bee9522398432',
  ],
  'sample it-director false': [
    'a2ca9b31031c17230d3e',
    'c6303c997d5d1531f7cd',
    '87fffd5f44515db1cad1',
  ],
  's1n300 director-ops true': [
    '5d48864b7e3a1ea61782',
    '30838931ce0750fef6f9',
    'aee782665ee14d1db5a6',
  ],
  's1n300 director-ops false': [
    'f1d48fa5aa9be177a332',
    '7c02b836975a1c197cdd',
    'b3905e73da647fcab606',
  ],
  's1n300 it-director true': [
    'f151039be91cb7d3bb66',
    'bd142325ede42e4f376b',
    '519b45aa1bf19235043f',
  ],
  's1n300 it-director false': [
    '559d4a38de81972260d6',
    '4893c291893f613b81a5',
    '9cc80fb61fee76364813',
  ],
  's2n300 director-ops true': [
    '46255d6dd9c56ca14288',
    'c5b0aaadd6c8e59fac74',
    'f602adee95cf09fb3385',
  ],
  's2n300 director-ops false': [
    '316a43d155d7b2ae6ff0',
    '778a1ba0417d36e590e4',
    '49b166a114d027043786',
  ],
  's2n300 it-director true': [
    'd5ebe79aae2a7b0f6d5a',
    'ef05c5bc51a3984a3ac2',
    '07941a1549ff82350cac',
  ],
  's2n300 it-director false': [
    'f611eb52a4df1eeb4a62',
    '5d6261934bb622300012',
    '2d4545564f73fb2893f7',
  ],
  's3n2000 director-ops true': [
    '1701ffe6e198a184e4f5',
    '04cf34a558f76fdce1f7',
    '425371dd03b987253b61',
  ],
  's3n2000 director-ops false': [
    '88d74e98984ebe431006',
    'a7de702f74bcef8a4700',
    '4e7fb5948849bb5bb69a',
  ],
  's3n2000 it-director true': [
    'aa3cf1b952b9c9640b40',
    'aa48350555ee189906df',
    '7c4dd9e482a3942dd0ca',
  ],
  's3n2000 it-director false': [
    'cd29e417c4b045500701',
    '387d606056edc39b04e7',
    'cc4003ac8ed35f934e39',
  ],
}

describe('reviews are byte-identical to the recorded output', () => {
  for (const name of JOURNALS)
    for (const role of ['director-ops', 'it-director'] as const)
      for (const shareSafe of [true, false])
        it(`${name}, ${role}, share-safe ${shareSafe}`, () => {
          expect(reviewOutputs(name, role, shareSafe)).toEqual(
            EXPECTED[`${name} ${role} ${shareSafe}`],
          )
        })
})

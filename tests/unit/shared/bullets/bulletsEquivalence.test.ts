// Output equivalence for bullets (issue 19): the bullets of seeded journals, read whole,
// in pages and for a period, must stay byte for byte what they were when the digests
// below were taken (commit 42ff7e1, before the speed work). A speed-up that changes one
// byte of one bullet fails here. A change meant to alter the wording updates the digests
// together with the golden files (tests/golden), whose diff shows what a reader will see.
import { describe, expect, it } from 'vitest'
import { bulletOutputs, JOURNALS } from './equivalenceCases'

const EXPECTED: Record<string, ReturnType<typeof bulletOutputs>> = {
  'sample director-ops true': {
    all: 'fcd7637b76c07904117b',
    paged: '3c41dc31a6224214c176',
    period: '4f53cda18c2baa0c0354',
  },
  'sample director-ops false': {
    all: '45e177013a56f3fec610',
    paged: '871b8ee32d2b38fa4cf7',
    period: '4f53cda18c2baa0c0354',
  },
  'sample it-director true': {
    all: '97d827fb987e4f6de222',
    paged: '7022a0ca0171bf336dfc',
    period: '4f53cda18c2baa0c0354',
  },
  'sample it-director false': {
    all: '58b1c1ec0a6d72a3c9d5',
    paged: 'e87b77ebc53adaa69346',
    period: '4f53cda18c2baa0c0354',
  },
  's1n300 director-ops true': {
    all: '4a07284ef14c88597b0b',
    paged: '3c7c2bd7f47301233fac',
    period: '87f44982014274ba15a3',
  },
  's1n300 director-ops false': {
    all: '1a7c9d4294ba5ba20750',
    paged: 'a686c3b628f8603f263f',
    period: '6e8ad3e0a768bb4ccdd9',
  },
  's1n300 it-director true': {
    all: '31f70aad2c31a27b0a60',
    paged: '32d51c24fd26cb5b1b81',
    period: 'c49b5b5a72479faf48e4',
  },
  's1n300 it-director false': {
    all: '6350a9e4dc58cd1f2732',
    paged: '0d563b6719dca140ec2e',
    period: '404f5d207a733be13d8f',
  },
  's2n300 director-ops true': {
    all: 'e69093f19f458299fc7a',
    paged: '2a395238265ac16be1c0',
    period: '8b3ccfa6125563a16cd3',
  },
  's2n300 director-ops false': {
    all: 'e9da59bb88df084baab2',
    paged: '32ced06895b343ee3e44',
    period: 'f2ba6c02335a2f449e15',
  },
  's2n300 it-director true': {
    all: '3025a556218fd53d3fc7',
    paged: '3c774eff4108b5fd55ce',
    period: '6d666ccaf807eb3d166a',
  },
  's2n300 it-director false': {
    all: 'cd9cdc0214dd70fd4a49',
    paged: '029054198727f628a9b6',
    period: 'f3da5822ec64966443f2',
  },
  's3n2000 director-ops true': {
    all: '045157171055e9fb4f44',
    paged: '783401bdda6ea68144c9',
    period: 'e4986993f80602700951',
  },
  's3n2000 director-ops false': {
    all: '2ebb59004db7ecff3f56',
    paged: '061908d1b7b84f240ecd',
    period: '6b9b8453de33c9c7b143',
  },
  's3n2000 it-director true': {
    all: '8904f931f5fdb323311d',
    paged: '28751e7b65ae5571867e',
    period: '25c67d0926bdb3c9f800',
  },
  's3n2000 it-director false': {
    all: 'bcbc69efe01100c79060',
    paged: 'f65ea3ac186673ffc8c9',
    period: '28b52928ad49e060afb1',
  },
}

describe('bullets are byte-identical to the recorded output', () => {
  for (const name of JOURNALS)
    for (const role of ['director-ops', 'it-director'] as const)
      for (const shareSafe of [true, false])
        it(`${name}, ${role}, share-safe ${shareSafe}`, () => {
          expect(bulletOutputs(name, role, shareSafe)).toEqual(
            EXPECTED[`${name} ${role} ${shareSafe}`],
          )
        })
})

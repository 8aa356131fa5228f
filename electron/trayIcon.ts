// The tray (menu bar) icon: the app icon's 16 and 32 px PNGs (assets/icons), kept here as
// base64 because only the build output is packaged (electron-builder.yml: out/**), and a
// test checks they are still the bytes of those files.
import { nativeImage, type NativeImage } from 'electron'

export const TRAY_ICON_16 =
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAABmJLR0QA/wD/AP+gvaeTAAABcklEQVQ4jaWSv0tCURiG3++c' +
  'e6+3GkKwIVrKSsGlmltvRRAtgWBOIfRjbCjqP2iMhuaGBGloCUo0W1oKomgosjAbytKEgtCM1K/BEKW6Kr3jy/c85zuHQ/iO' +
  'w/DbC0IaRGyFSZjpRYEIR0PuOAAQAPSOBKYYWAegm8EVyRHx3E3Qs0EOw28vSnnRAFyWSBYuwYocqgfWVAFNFZWVnic2BIPb' +
  '6zluebofqzMqiLjcERU7hAlTlWZdwaC6hpXRCCxKodwrtcA2qw5dV9DSpOIkO4+lvQyYqT6Bzarj0D8OKUrA5s47mE+rZkwF' +
  'Fk1CCsLkwgGe0u9IprM/Zn4V+Cac8I71QMrSEz0kM0ikfsJ/ChydrUi/fmA7HMdb5hOPz7/DVQJNFVj09cGiSQy4bDi7TCOw' +
  'GzO7YUnARUoQVZfH5ylEjhI1YTDd//8rX+97b4l4DkCuEZiZZqMhd7y8vHN4qytPbBDQbbo1EFOpGL4Keu4A4AvboXa/D0aD' +
  'ngAAAABJRU5ErkJggg=='

export const TRAY_ICON_32 =
  'iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAABmJLR0QA/wD/AP+gvaeTAAACSklEQVRYhc2WS2sTURSAvzup' +
  'Y6lJKEqEQBBsU6XZWN34D0pt606DFekibgRpf4E/oPu4KJRsutLSuml9EBAXrgSFWgpiXoIUAolSm9SirZnjws4kJp026Uyi' +
  '327u63xzz+Fw4R+j6gf6h+fPakqfFhgDBoBTDmN8B1Ii8hT24tnkZMFWIDzy6CZCAvA5DGpHGZFYJjmx2CCwH/xxvVQbEESi' +
  'poSCP9eulJ6hfX9eTwlNC2eeR4sagKb06Q4GB/CLIVMAGoDAeAeDA6CQcUsA6Hfz8GCgh2Cg56hl4VoBr5vBk4lRkonRoyR8' +
  'tQKucS7opVv3wLv7RK/k8GjGoeu73BYwMUopYpEUIyEfC2sRltYGKf082bDO9RtolbbdgNYbYfZ1hNmXp6mIfW9zLBAM9HA+' +
  'VG0hg329AHRffcjbpVdUpGC31bmAWfHduufYZziqAaviD+DHboXP+e0jz3CtBmbmVvmQ+2Z9f9ooky/udE5gPb3Jm7XD8+1I' +
  'wONRPLh3mb6Q3xrze/WWAx5b4NLFM9y5PmA7v/fr8I7nWOBEV7Ve19OblLZ3re/cRon3H7+2V6CWmbnVY+W7JQG7BuM2Bwq4' +
  '0WCaxUxsudkNzTaYJihB9QaywJA5ky/uMHz32V8pMGm2wTRB1hIQkRWl1FDtbL6441YgO5bBSsFenBbS4AJbmm7ELYFscrKA' +
  'SAyQDgQXpYillm9/sQQAMsmJRUSi7BdHm9hSihvpF7eemAMNT5XwtYWAGDKlkDHgAs5fzNtACljRdCNu/vl/w2/5kbzsxzrP' +
  'tQAAAABJRU5ErkJggg=='

/** 16 px, with the 32 px drawing for screens at twice the density. */
export function trayIcon(): NativeImage {
  const image = nativeImage.createFromBuffer(Buffer.from(TRAY_ICON_16, 'base64'), {
    scaleFactor: 1,
  })
  image.addRepresentation({ scaleFactor: 2, buffer: Buffer.from(TRAY_ICON_32, 'base64') })
  return image
}

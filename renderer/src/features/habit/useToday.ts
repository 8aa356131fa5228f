// Today's date in the user's calendar, kept current past midnight.
import { useEffect, useState } from 'react'
import { localIsoDate } from '../../../../shared/time'

export function useToday(everyMs = 60_000): string {
  const [today, setToday] = useState(() => localIsoDate(new Date()))
  useEffect(() => {
    // Setting the same string again does not re-render.
    const timer = setInterval(() => setToday(localIsoDate(new Date())), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
  return today
}

export declare const WEB_PORT: 4173
export declare function isLeadlogServer(url: string, fetchImpl?: typeof fetch): Promise<boolean>
export declare function portTakenMessage(port: number): string
export declare function alreadyRunningMessage(url: string): string
export declare function whenPortTaken(
  port: number,
  fetchImpl?: typeof fetch,
): Promise<{ reuse: boolean; url: string; message: string }>

/** The instant of a Vietnam local time `YYYY-MM-DDTHH:mm` (UTC+7 all year), for fake clocks. */
export const vietnamEpoch = (local: string): number => Date.parse(`${local}:00+07:00`);

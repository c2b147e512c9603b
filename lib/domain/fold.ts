/**
 * Lower case without Vietnamese diacritics: "Bộ Tài chính" → "bo tai chinh". "đ" is a letter of its
 * own, not a d with a mark, so Unicode decomposition leaves it and it is mapped by hand.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

export function taskSearchText(task: { code: string; title: string; description?: string | null }): string {
  return foldVietnamese([task.code, task.title, task.description ?? ""].join(" "));
}

export function agencySearchText(agency: { code: string; name: string; shortName: string; nameEn: string }): string {
  return foldVietnamese([agency.code, agency.name, agency.shortName, agency.nameEn].join(" "));
}

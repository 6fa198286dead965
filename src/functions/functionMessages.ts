import type { Language } from '../core';

/**
 * Messages of the custom functions that are no validation issue (the issues themselves are
 * rendered by the core catalogs, renderIssue). One exhaustive switch per language.
 */
export type FunctionMessage = 'birthdate_not_in_insz' | 'not_a_date';

export function functionMessage(message: FunctionMessage, lang: Language): string {
  switch (lang) {
    case 'nl':
      return nl(message);
    case 'fr':
      return fr(message);
    case 'en':
      return en(message);
  }
}

function nl(message: FunctionMessage): string {
  switch (message) {
    case 'birthdate_not_in_insz':
      return 'Dit INSZ bevat geen volledige geboortedatum: de maand of de dag is onbekend.';
    case 'not_a_date':
      return 'Dit is geen datum. Gebruik een Excel-datum of tekst zoals 30/07/1985, 30-7-1985 of 1985-07-30.';
  }
}

function fr(message: FunctionMessage): string {
  switch (message) {
    case 'birthdate_not_in_insz':
      return 'Ce NISS ne contient pas de date de naissance complète : le mois ou le jour est inconnu.';
    case 'not_a_date':
      return "Ce n'est pas une date. Utilisez une date Excel ou un texte comme 30/07/1985, 30-7-1985 ou 1985-07-30.";
  }
}

function en(message: FunctionMessage): string {
  switch (message) {
    case 'birthdate_not_in_insz':
      return 'This INSZ (SSIN) does not hold a full date of birth: the month or the day is unknown.';
    case 'not_a_date':
      return 'This is not a date. Use an Excel date or text such as 30/07/1985, 30-7-1985 or 1985-07-30.';
  }
}

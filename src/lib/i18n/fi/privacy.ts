export const privacy = {
	title: 'Tietosuoja',
	intro:
		'Vuokra-apu on tehty niin, että tietosi pysyvät sinun hallinnassasi. Tällä sivulla kerrotaan, mitä tietoja käsitellään, missä ne ovat ja miten voit poistaa ne.',
	sections: [
		{
			heading: 'Ilman tiliä tiedot ovat vain tässä laitteessa',
			text: 'Kaikki, mitä kirjoitat tilanteestasi, tallentuu selaimesi tietokantaan tähän laitteeseen. Sovellus toimii ilman tiliä ja ilman verkkoyhteyttä. Mitään ei lähetetä palvelimelle, ellet kirjaudu sisään.'
		},
		{
			heading: 'Kun kirjaudut sisään',
			text: 'Kun kirjaudut sisään, tietosi tallentuvat myös palvelimelle. Silloin voit käyttää niitä myös muilla laitteilla. Palvelimelle tallentuu vain se, minkä olet itse kirjoittanut, ja sähköpostiosoite, jolla kirjaudut.'
		},
		{
			heading: 'Kukaan ei näe tietojasi ilman lupaasi',
			text: 'Asumisneuvoja näkee tietosi vain, jos annat siihen suostumuksen. Hän näkee vain ne tiedot, jotka valitset, ja vain niin kauan kuin suostumus on voimassa. Voit perua suostumuksen yhdellä napautuksella. Jokainen katselukerta kirjataan, ja näet kirjaukset itse.'
		},
		{
			heading: 'Tietojen poistaminen',
			text: '”Unohda tämä laite” poistaa kaiken tästä laitteesta. Uloskirjautuminen poistaa tiedot laitteesta. ”Poista tilini” poistaa tietosi myös palvelimelta. Voit ladata kaikki palvelimen tiedot itsellesi tilisivulta.'
		},
		{
			heading: 'Ei mainontaa eikä seurantaa',
			text: 'Sovellus ei käytä mainoksia, analytiikkaa eikä kolmansien osapuolten evästeitä. Palvelin käyttää vain kirjautumiseen tarvittavaa evästettä ja kielivalinnan evästettä.'
		}
	]
};

export const privacy = {
	title: 'Tietosuoja',
	intro:
		'Vuokra-apu on tehty niin, että tietosi pysyvät sinun hallinnassasi. Tällä sivulla kerrotaan, mitä tietoja käsitellään, missä ne ovat ja miten voit poistaa ne.',
	sections: [
		{
			heading: 'Tiedot ovat ensin vain puhelimessasi',
			text: 'Kaikki, mitä kirjoitat tilanteestasi, tallentuu selaimesi tietokantaan tähän laitteeseen. Sovellus toimii ilman tiliä ja ilman verkkoyhteyttä. Mitään ei lähetetä palvelimelle, ellet kirjaudu sisään.'
		},
		{
			heading: 'Kun kirjaudut sisään',
			text: 'Tietosi synkronoidaan palvelimelle, jotta voit käyttää niitä muilla laitteilla. Palvelin tallentaa vain sen, minkä olet itse kirjoittanut, sekä kirjautumiseen tarvittavan sähköpostiosoitteen.'
		},
		{
			heading: 'Kukaan ei näe tietojasi ilman lupaasi',
			text: 'Asumisneuvoja näkee tilanteesi vain niiltä osin kuin olet antanut siihen suostumuksen, ja vain suostumuksen voimassaoloajan. Voit perua suostumuksen yhdellä napautuksella. Jokainen katselukerta kirjataan, ja näet lokin itse.'
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

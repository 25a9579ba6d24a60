import type { Messages } from '../fi/index';

export const privacy: Messages['privacy'] = {
	title: 'Dataskydd',
	intro:
		'Vuokra-apu är byggd så att du själv har kontroll över dina uppgifter. Här berättar vi vilka uppgifter som behandlas, var de finns och hur du kan radera dem.',
	sections: [
		{
			heading: 'Utan konto finns uppgifterna bara på den här enheten',
			text: 'Allt du skriver om din situation sparas i webbläsarens databas på den här enheten. Appen fungerar utan konto och utan nätförbindelse. Ingenting skickas till servern om du inte loggar in.'
		},
		{
			heading: 'När du loggar in',
			text: 'När du loggar in sparas dina uppgifter också på servern. Då kan du använda dem också på andra enheter. På servern sparas bara det du själv har skrivit och e-postadressen som du loggar in med.'
		},
		{
			heading: 'Ingen ser dina uppgifter utan ditt samtycke',
			text: 'Boenderådgivaren ser din situation bara till den del du har gett samtycke till, och bara så länge samtycket gäller. Du kan återkalla samtycket med ett tryck. Varje gång någon tittar registreras det, och du kan själv se loggen.'
		},
		{
			heading: 'Radera uppgifterna',
			text: '”Glöm den här enheten” raderar allt från den här enheten. Utloggning raderar uppgifterna från enheten. ”Radera mitt konto” raderar dina uppgifter också från servern. Du kan ladda ner allt servern har om dig på kontosidan.'
		},
		{
			heading: 'Ingen reklam och ingen spårning',
			text: 'Appen använder inte reklam, analysverktyg eller tredjepartskakor. Servern använder bara den kaka som behövs för inloggningen och en kaka för språkvalet.'
		}
	]
};

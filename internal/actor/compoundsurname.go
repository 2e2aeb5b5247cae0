package actor

// compoundSurnameOpeners open a surname of two words ("Ben Salah", "Abdel
// Bari", "Abu Bakr", "Van Dijk", "De Souza", "El Amrani"): the word is a
// given name elsewhere ("Ben", "Abdel"), but two capitalised words that
// open with it, after a longer name that ends with them, are the same
// person's surname, not another person's given name and surname. From
// general knowledge of Arabic, Berber, Dutch, Portuguese, Spanish,
// Italian and French naming.
var compoundSurnameOpeners = map[string]bool{
	"ben": true, "bin": true, "ibn": true, "abu": true, "abou": true, "abdel": true, "abdul": true,
	"abd": true, "abdal": true, "el": true, "al": true, "ould": true, "ag": true,
	"van": true, "von": true, "de": true, "da": true, "das": true, "dos": true, "del": true,
	"della": true, "di": true, "du": true, "le": true, "la": true, "mac": true, "ter": true,
}

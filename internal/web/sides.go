package web

// sideNames spells out the side codes of DESIGN §3 that readers may not
// know by heart; other codes show as they are.
var sideNames = map[string]string{
	"ARM": "Armenia", "AZE": "Azerbaijan", "NKR": "Nagorno-Karabakh authorities", "RUS": "Russia",
	"UKR": "Ukraine", "TUR": "Turkey", "FRA": "France", "USA": "United States", "GBR": "United Kingdom",
	"ISR": "Israel", "PSE": "Palestinian authorities", "IRN": "Iran", "SYR": "Syria", "IRQ": "Iraq",
	"SDN": "Sudan", "ETH": "Ethiopia", "SOM": "Somalia", "YEM": "Yemen", "LBN": "Lebanon", "CHN": "China",
	"IND": "India", "PAK": "Pakistan", "AFG": "Afghanistan", "NGA": "Nigeria", "MLI": "Mali",
	"UNO": "United Nations", "EU": "European Union", "OSCE": "OSCE", "NATO": "NATO", "AU": "African Union",
	"ICRC": "Red Cross (ICRC)", "CSTO": "CSTO",
}

// SideName is the name shown for a side code, with the code.
func SideName(code string) string {
	if n, ok := sideNames[code]; ok && n != code {
		return n + " (" + code + ")"
	}
	return code
}

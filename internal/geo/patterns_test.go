package geo

import (
	"strings"
	"testing"
)

// TestDivisionCityAndInstallations checks the patterns of a held-out
// review (no sentence of it is quoted here; these are our own): a
// first-level division named like its city resolved by the words around
// it, both ways; hyphenated place adjectives; military installations; and
// Arabic names written with or without their article and apostrophes.
// want entries are "surface=FEATURE/CC", where FEATURE may be a prefix
// ("P." for any populated place).
func TestDivisionCityAndInstallations(t *testing.T) {
	p := embedded(t)
	for _, c := range []struct {
		text string
		want []string
		not  []string
	}{
		// Division cues: its offices, "northern X", a list of divisions.
		{"Quebec's premier said the province would not comply.", []string{"Quebec=A.ADM1/CA"}, nil},
		{"The premier of Quebec met union leaders.", []string{"Quebec=A.ADM1/CA"}, nil},
		{"Wildfires spread across northern Quebec and Ontario.", []string{"Quebec=A.ADM1/CA", "Ontario=A.ADM1/CA"}, nil},
		{"The premiers of Ontario, Quebec and Alberta met in Ottawa.", []string{"Quebec=A.ADM1/CA", "Ottawa=P./CA"}, nil},
		{"Voters went to the polls in the province of Quebec on Monday.", []string{"Quebec=A.ADM1/CA"}, nil},
		// ... and the city when the words say city.
		{"The mayor of Quebec ordered the streets cleared.", []string{"Quebec=P./CA"}, nil},
		{"Heavy snow fell in Quebec City on Monday.", []string{"Quebec City=P./CA"}, nil},
		// Both in one article: they resolve apart.
		{"Russian troops advanced in the Donetsk region after shelling Donetsk city.",
			[]string{"Donetsk=A.ADM1/UA", "Donetsk=P./UA"}, nil},
		{"Zaporizhzhia region governor Ivan Fedorov said missiles hit the city of Zaporizhzhia.",
			[]string{"Zaporizhzhia=A.ADM1/UA", "Zaporizhzhia=P./UA"}, nil},
		{"Missiles struck Kharkiv, Kharkiv's governor said.", []string{"Kharkiv=A.ADM1/UA"}, nil},
		{"Fighting raged across Luhansk and Donetsk oblasts.", []string{"Luhansk=A.ADM1/UA", "Donetsk=A.ADM1/UA"}, nil},
		{"Iraqi forces retook Ramadi, the capital of Anbar province.", []string{"Ramadi=P./IQ", "Anbar=A.ADM1/IQ"}, nil},
		{"Militants attacked villages in Nineveh and Diyala provinces.", []string{"Nineveh=A.ADM1/IQ", "Diyala=A.ADM1/IQ"}, nil},
		{"Airstrikes hit Idlib province and the city of Aleppo.", []string{"Idlib=A.ADM1/SY", "Aleppo=P./SY"}, nil},
		{"Taliban fighters attacked Kandahar city and Helmand province.", []string{"Kandahar=P./AF", "Helmand=A.ADM1/AF"}, nil},
		{"Gunmen in Zamfara state kidnapped students; Borno and Kaduna states were also hit.",
			[]string{"Zamfara=A.ADM1/NG", "Borno=A.ADM1/NG", "Kaduna=A.ADM1/NG"}, nil},
		{"The Houthis hold Hodeidah and attacked Marib.", []string{"Hodeidah=P./YE", "Marib=P./YE"}, nil},
		// Hyphenated place adjectives.
		{"The Hague-based court issued a warrant.", []string{"The Hague=P./NL"}, []string{"Hague"}},
		{"A Kyiv-based analyst and a Mosul-born fighter spoke.", []string{"Kyiv=P./UA", "Mosul=P./IQ"}, nil},
		{"A Gaza-bound aid ship was intercepted by the Tehran-backed group's rivals.", []string{"Gaza=P./PS", "Tehran=P./IR"}, nil},
		// ... also after a name of several words, which is not split.
		{"A New York-based group, a Tel Aviv-based firm and an Abu Dhabi-based fund invested.",
			[]string{"New York=/US", "Tel Aviv=P./IL", "Abu Dhabi=P./AE"}, []string{"York", "Abu"}},
		// Military installations.
		{"Soldiers from Fort Campbell and Camp Lejeune were deployed.", []string{"Fort Campbell=P./US", "Camp Lejeune=S./US"}, nil},
		{"Jets flew from Al Udeid Air Base in Qatar and Incirlik Air Base in Turkey.",
			[]string{"Al Udeid Air Base=S./QA", "Incirlik Air Base=S./TR", "Qatar=A.PCLI/QA"}, nil},
		{"Troops at Fort Bragg, North Carolina, were put on alert.", []string{"Fort Bragg=P./US", "North Carolina=A.ADM1/US"}, nil},
		{"Rockets hit Ain al-Asad air base in western Iraq.", []string{"Ain al-Asad=S./IQ", "Iraq=A.PCLI/IQ"}, nil},
		{"F-16s took off from Aviano Air Base.", []string{"Aviano Air Base=P./IT"}, nil},
		{"The squadron left Spangdahlem Air Base in Germany.", []string{"Spangdahlem Air Base=P./DE", "Germany=A.PCLI/DE"}, nil},
		// Arabic names: articles, assimilation, apostrophes.
		{"Coalition jets struck near Al-Qa'im and Ar-Ramadi.", []string{"Al-Qa'im=P./IQ", "Ar-Ramadi=P./IQ"}, nil},
		{"The border town of Qa'im was retaken.", []string{"Qa'im=P./IQ"}, nil},
		{"Regime forces shelled Ma'arrat al-Nu'man in Idlib.", []string{"Ma'arrat al-Nu'man=/SY"}, nil},
		{"Shells fell on Jisr al-Shughur and Deir al-Zor.", []string{"Jisr al-Shughur=P./SY", "Deir al-Zor=/SY"}, nil},
		{"In Raqqa and Deir ez-Zor, the SDF holds territory.", []string{"Raqqa=P./SY", "Deir ez-Zor=/SY"}, nil},
		// A person named with an article stays a person.
		{"Omar al-Bashir ruled Sudan for three decades.", []string{"Sudan=A.PCLI/SD"}, []string{"Omar"}},
	} {
		got := map[string][]string{}
		for _, top := range p.Parse(c.text, nil) {
			s := c.text[top.Start:top.End]
			got[s] = append(got[s], top.Place.Feature+"/"+top.Place.Country)
		}
		used := map[string]int{}
		for _, w := range c.want {
			surface, want, _ := strings.Cut(w, "=")
			feat, cc, _ := strings.Cut(want, "/")
			ok := false
			for k, g := range got[surface] {
				gf, gcc, _ := strings.Cut(g, "/")
				if k >= used[surface] && strings.HasPrefix(gf, feat) && gcc == cc {
					ok = true
					if k == used[surface] {
						used[surface]++
					}
					break
				}
			}
			if !ok {
				t.Errorf("%q: %s not found; got %v", c.text, w, got)
			}
		}
		for _, n := range c.not {
			if len(got[n]) > 0 {
				t.Errorf("%q: %s is not a place here; got %v", c.text, n, got)
			}
		}
	}
}

package geo

import "testing"

// TestOutbreakAndRegionalNews checks the patterns the tenth probe battery
// found in outbreak reports and regional news (our own sentences, invented
// names and numbers; see parseCase for the fields).
func TestOutbreakAndRegionalNews(t *testing.T) {
	checkParseCases(t, []parseCase{
		// A place that reports, confirms or declares cases, deaths or an
		// outbreak is where they happened, not a government speaking.
		{"Malawi reported 31 new cholera cases on Tuesday.", nil, []string{"Malawi=MW/"}, nil},
		{"Zambia reported 12,400 cholera cases this year.", nil, []string{"Zambia=ZM/"}, nil},
		{"Senegal announced its first mpox case on Friday.", nil, []string{"Senegal=SN/"}, nil},
		{"The Ministry of Foreign Affairs of Chad announced the death of a diplomat.", nil, nil, []string{"Chad"}},
		{"Paraguay and Bolivia also reported record numbers.", nil, []string{"Paraguay=PY/", "Bolivia=BO/"}, nil},
		{"Sabah has confirmed two measles deaths, officials said.", nil, []string{"Sabah=MY/Sabah"}, nil},
		{"Ghana declared an anthrax outbreak in the Upper East region.", nil, []string{"Ghana=GH/"}, nil},
		{"Assam and Meghalaya reported rising dengue this week.", nil,
			[]string{"Assam=IN/Assam", "Meghalaya=IN/Meghalaya"}, nil},
		{"Chile, which confirmed its first mpox case in May, tightened checks.", nil, []string{"Chile=CL/"}, nil},
		// ... while one that reports a statement, or confirms something
		// else, still speaks for its government.
		{"Moscow reported that Kyiv had fired on the plant.", nil, []string{"Kyiv=UA/"}, []string{"Moscow"}},
		{"Beijing confirmed the talks would go ahead.", nil, nil, []string{"Beijing"}},
		{"The Ministry of Health of Peru confirmed 12 deaths from dengue.", nil, nil, []string{"Peru"}},
		{"Tehran reported, without evidence, that two cases of spying were found.", nil, nil, []string{"Tehran"}},
		// A place's name before a disease word and its head is the
		// disease's.
		{"Jordan reported a case of Middle East respiratory syndrome in Amman.", nil,
			[]string{"Jordan=JO/", "Amman=JO/"}, []string{"Middle East"}},
		{"Farmers near Sivas caught Crimean-Congo haemorrhagic fever.", nil, []string{"Sivas=TR/"}, []string{"Congo"}},
		{"Rocky Mountain spotted fever was found in two dogs in Arizona.", nil, []string{"Arizona=US/Arizona"}, []string{"Rocky Mountain"}},
		// A division whose seat GeoNames also calls by the division's
		// name, where the seat's own name is another word, is the
		// division (Salvador is also "Bahia").
		{"New chikungunya cases were found across Bahia and Sergipe.", nil,
			[]string{"Bahia=BR/Bahia", "Sergipe=BR/Sergipe"}, nil},
		// Place names written with an inner capital.
		{"Rain flooded roads across KwaZulu-Natal on Friday.", nil, []string{"KwaZulu-Natal=ZA/KwaZulu"}, nil},
		{"A trucker from McAllen, Texas, was stopped near DeKalb, Ill.", nil,
			[]string{"McAllen=US/Texas", "DeKalb=US/Illinois"}, nil},
		{"The MoD said iPhone sales in Leeds fell.", nil, []string{"Leeds=GB/"}, []string{"MoD", "iPhone"}},
		// Portuguese, French and Italian connectors inside names.
		{"Volunteers from Mato Grosso do Sul reached Foz do Iguaçu by boat.", nil,
			[]string{"Mato Grosso do Sul=BR/Mato Grosso do Sul", "Foz do Iguaçu=BR/Paraná"}, []string{"Sul"}},
		// A river the gazetteer lacks is no town its spelling resembles;
		// a river it holds stays.
		{"The Jacuí river burst its banks near Cachoeira do Sul.", nil,
			[]string{"Cachoeira do Sul=BR/Rio Grande do Sul"}, []string{"Jacuí"}},
		// Districts that GeoNames lists without any place of the extract
		// are found, at their province's point, but a town its spelling
		// resembles still wins over them.
		{"Cholera spread to Ukerewe district on Lake Victoria.", nil, []string{"Ukerewe=TZ/Mwanza"}, nil},
		{"Gunmen attacked a market in Kamituga, in South Kivu.", nil, []string{"Kamituga=CD/South Kivu", "South Kivu=CD/"}, nil},
		{"The outbreak began in Equateur province's Bikoro health zone, south of Mbandaka.", nil,
			[]string{"Equateur=CD/", "Bikoro=CD/", "Mbandaka=CD/"}, nil},
		{"Shells fell on Jisr al-Shughur overnight.", []string{"L:Jisr al-Shughur"}, []string{"Jisr al-Shughur=SY/Idlib"}, nil},
		{"Militants attacked a base in Middle Shabelle, north of Mogadishu, on Monday.", []string{"L:Middle Shabelle"},
			[]string{"Middle Shabelle=SO/", "Mogadishu=SO/"}, []string{"Shabelle"}},
		// A country's name listed with a town of another country is the
		// town's namesake in its division; listed with its own towns or
		// with a foreign town that has no such namesake, the country.
		{"Firefighters from Lebanon and Hershey fought the barn fire.", nil,
			[]string{"Lebanon=US/Pennsylvania", "Hershey=US/Pennsylvania"}, nil},
		{"Crews came from Fulton and Mexico after the tornado, the Missouri patrol said.", nil,
			[]string{"Mexico=US/Missouri", "Fulton=US/Missouri"}, nil},
		{"Police set up checkpoints on the Benin-Auchi road in Edo State.", nil,
			[]string{"Benin=NG/Edo", "Auchi=NG/Edo"}, nil},
		{"Delegates from Canada and Mumbai attended the summit in Pune.", nil,
			[]string{"Canada=CA/", "Mumbai=IN/"}, nil},
		{"Refugees from Syria and Aleppo reached Gaziantep.", nil, []string{"Syria=SY/", "Aleppo=SY/"}, nil},
		// A province after a comma places a town that GeoNames files
		// under its region ("La Union" is no AP abbreviation "La.").
		{"Floods hit San Fernando, La Union, on Monday.", nil, []string{"San Fernando=PH/Ilocos"}, nil},
		{"SAN FERNANDO, Pampanga — Floods hit villages on Monday.", nil, []string{"SAN FERNANDO=PH/Central Luzon"}, nil},
		// Among a country's towns of one name, the one in the division
		// the article's other places lie in.
		{"BERLIN, N.H. — The mill hired workers from Gorham and Lancaster, officials in Concord said.", nil,
			[]string{"Gorham=US/New Hampshire", "Lancaster=US/New Hampshire", "Concord=US/New Hampshire"}, nil},
		// A name after a division's possessive lies in it, which tells
		// the division apart from its namesake.
		{"Dengue cases surged in Punjab's Lahore and Rawalpindi districts.", nil,
			[]string{"Punjab=PK/Punjab", "Lahore=PK/Punjab"}, nil},
		{"Floods cut roads in Punjab's Ludhiana district.", nil, []string{"Punjab=IN/Punjab", "Ludhiana=IN/Punjab"}, nil},
		// A building's own name that only resembles a town is no place;
		// a town before the building's noun stays.
		{"Crowds gathered at the Al-Aqsa mosque compound in Jerusalem.", nil, []string{"Jerusalem=IL/"}, []string{"Al-Aqsa"}},
		{"Worshippers left a Kano mosque after the blast.", nil, []string{"Kano=NG/"}, nil},
		// One name placed in two divisions by the article is two places.
		{"PORTLAND, Ore. — Crews left for Portland, Maine, on Friday after the storm.", nil,
			[]string{"PORTLAND=US/Oregon", "Portland=US/Maine"}, nil},
		{"SPRINGFIELD, Mass. — In Springfield, Ohio, police arrested a man.", nil,
			[]string{"SPRINGFIELD=US/Massachusetts", "Springfield=US/Ohio"}, nil},
		// Regions of ordinary news the supplement adds.
		{"Snow fell across the South Island while the North Island stayed dry.", nil,
			[]string{"South Island=NZ/", "North Island=NZ/"}, nil},
		{"The health office in Bangsamoro opened clinics in Cotabato City.", nil,
			[]string{"Bangsamoro=PH/Autonomous", "Cotabato City=PH/"}, nil},
		{"Farmers in Bethlehem in the Free State lost their crops.", nil,
			[]string{"Bethlehem=ZA/Orange Free State", "Free State=ZA/Orange Free State"}, nil},
	})
}

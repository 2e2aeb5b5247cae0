package main

import (
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/parallaxhq/parallax/internal/nlp/ner"
	"github.com/parallaxhq/parallax/internal/nlp/wordcluster"
)

// nerTarget trains the entity recogniser on the openly licensed NER data:
// UNER English EWT, wikigold and re3d.
// nerEpochs is the most training epochs; the epoch with the best mean dev
// F1 is kept.
const nerEpochs = 8

// nerNewswireCopies is how many times the hand-annotated newswire
// documents are trained on: they are the only news text with CoNLL
// conventions, a thousand sentences against twelve thousand of web text.
// Three copies scored higher on the NER sets (mean of seeds 1 and 2: dev
// F1 UNER EWT 0.710 -> 0.714, wikigold 0.680 -> 0.687, newswire test
// 0.898 -> 0.903, VOA 50 0.912 -> 0.917) but, with either seed, tagged
// "the Nagorno-Karabakh capital Stepanakert" as one organisation and lost
// a seed place (18/18 -> 17/18), and 3 devgold claims; kept at two.
const nerNewswireCopies = 2

// nerAgencyCopies is how many times the agency items (newswire/
// agency_train.conll) are trained on. With its 997 sentences once (mean
// of seeds 1-3; UNER EWT test / wikigold test / VOA news test /
// wire-style test / agency test / VOA 50, against the model without
// them): 0.705 / 0.685 / 0.915 / 0.848 / 0.864 / 0.926, against 0.705 /
// 0.665 / 0.917 / 0.845 / 0.629 / 0.926. Twice (its first 523 sentences,
// seed 2) gave the agency test 0.836 against 0.830 once, and VOA news
// test 0.895 against 0.923.
// Measured and dropped with it (means of seeds 1-3): a word in capitals
// taking the cluster path of its title-case form ("NEWCASTLE" as
// "Newcastle") with a feature saying whether its title-case and
// lower-case forms are known words: 0.701 / 0.686 / 0.909 / 0.849 /
// 0.860 / 0.922; with a feature of results and table lines (a quarter of
// the tokens numbers) too: 0.708 / 0.702 / 0.898 / 0.841 / 0.876 /
// 0.929; the agency test rose a point, VOA news test fell two.
const nerAgencyCopies = 1

// nerConflictCopies is how many times the conflict wire stories
// (newswire/conflict_train.conll) are trained on. Once (with 66 more
// sentences, means of seeds 1-3) scored lower than twice on every set
// but UNER EWT (about: conflict test, first 175 sentences, 0.933
// against 0.941; wire-style 0.841 against 0.841; VOA news test 0.922
// against 0.932).
const nerConflictCopies = 2

// nerGenreCopies is how many times the genre sentences (newswire/
// genre_train.conll: results lines, tables and match reports of many
// sports, market and company wire, politics wire, headlines, broadcast,
// telephone and web text, 847 sentences written for this project) are
// trained on. Once, after the agency items, against the model without
// them (parallax eval with the name rules; means of seeds 1-5, VOA news
// test / wire / agency / conflict / general / VOA 50 / UNER EWT / genre
// test): 0.9285 / 0.8514 / 0.8801 / 0.9029 / 0.7585 / 0.9225 / 0.7154 /
// 0.8477 -> 0.9275 / 0.8490 / 0.9082 / 0.9055 / 0.7736 / 0.9224 /
// 0.7173 / 0.8810 (seeds 1-3: every set rose). Its first 617 sentences
// alone (sports, markets, politics, broadcast, headlines): 0.9246 /
// 0.8502 / 0.9100 / 0.9035 / 0.7735 / 0.9291 / 0.7072 / 0.8667 (UNER
// EWT fell; the web posts, reviews and e-mails and the world news items
// of the last 230 made it good); without the broadcast, telephone and
// web text (seeds 1-2) lower on every newswire test. Kept at 0 for now,
// so that the embedded model retrains byte for byte: the seed-1 model
// trained with them passes the whole-system guard (seeds 1.000; devgold
// unchanged; devgold2 claims unchanged, people 76 -> 77; devgold3 claims
// 257 -> 256, people 116 -> 117; with the name rules of session 8) but
// changes what other stages' tests expect: geo probes lose Stepanakert,
// Falam and Plateau; event protest probes lose the side of two counts
// (01-india-farmers); a claim probe gets "African Union Support" as a
// speaker; five known claim misses and one geo miss now pass; the attrib,
// pipeline and web seed goldens change ("Nagorno-Karabakh Autonomous
// Region" a place). Those lists need review before it ships.
// Session 9 measured it again (seeds 1-3, parallax eval with the name
// rules; VOA news test / wire / agency / conflict / general / genre /
// VOA 50 / UNER EWT test / UNER EWT dev): none 0.9203 / 0.8467 / 0.8784
// / 0.9023 / 0.7598 / 0.8495 / 0.9218 / 0.7154 / 0.6931; once 0.9210 /
// 0.8521 / 0.9015 / 0.9042 / 0.7832 / 0.8796 / 0.9238 / 0.7167 /
// 0.6978; twice 0.9211 / 0.8529 / 0.9055 / 0.9021 / 0.7694 / 0.8791 /
// 0.9172 / 0.7084 / 0.6920. Whole system, right claims of devgold2 /
// devgold3 and people right, seeds 1 / 2 / 3: none 230 / 228 / 229 and
// 273 / 267 / 270, people 76 / 76 / 75 and 119 / 118 / 119; once 230 /
// 227 / 229 and 271 / 271 / 270, people 77 / 75 / 76 and 119 / 118 /
// 119 (seeds 1.000 and devgold unchanged with every model). The means
// are the same (devgold2 229.0 against 228.7, devgold3 270.0 against
// 270.7): the embedded seed-1 model is the best of its seeds on the
// golds that the other stages' rules were tuned on, and any retraining,
// even of the same data with another seed, loses claims and probe items
// there (seed 2 of the same data: devgold3 -6, geo probes -5, news7 -3).
// The seed-1 model trained once on the genre sentences loses 2 devgold3
// claims (the recogniser reads "Dentistry" opening a sentence and, once,
// "WindEurope" as persons), gains 2 devgold2 claims and loses 2 (Rigathi
// Gachagua a person, not a place; "The Commerce chief" now has "Commerce"
// as an organisation, which the actor stage does not resolve); 147 news
// articles, entity changes read one by one: about 100 better, 119 worse
// (Wikinews interviews worse, VOA and re3d 51 better, 45 worse); other
// stages' probes: claims +6, quantity +3, geo -6, protest events -4,
// speaker -1, clustering -2 pairs. It stays off (0): the brief's
// whole-system guard compares with the embedded seed.
// Also measured in session 9 and dropped (seeds 1-3, with the genre
// sentences once): UNER EWT training documents twice (jackknife folds
// kept with their copies) 0.9253 / 0.8361 / 0.8989 / 0.8922 / 0.7695 /
// 0.8705 / 0.9122 / 0.7224 / 0.6953 (UNER EWT test +0.006, wire -0.016,
// conflict -0.012); a feature of the gazetteer bits of lower-case words
// in sentences of writers who do not capitalise (first word in lower
// case or a lone "i") 0.9298 / 0.8505 / 0.9172 / 0.9122 / 0.7568 /
// 0.8746 / 0.9280 / 0.7160 / 0.6986, no better on UNER EWT (a name rule,
// lowerPlaces in internal/nlp/ner, does that instead).
// Session 11 measured it once more with the session's name rules
// (parallax eval; VOA news test / wire / agency / conflict / general /
// genre / wire96 / VOA 50 / UNER EWT test, against the embedded seed-1
// model's 0.9319 / 0.8405 / 0.9068 / 0.9184 / 0.7761 / 0.8555 / 0.8872 /
// 0.9177 / 0.7301 with the first of those rules): seed 1 0.9222 / 0.8533
// / 0.9057 / 0.9016 / 0.7852 / 0.8693 / 0.9048 / 0.9108 / 0.7093, seed 2
// 0.9269 / 0.8382 / 0.9156 / 0.9052 / 0.7985 / 0.8946 / 0.9023 / 0.9010
// / 0.7205; right claims of devgold3 280 -> 278 and 277, devgold2 231 ->
// 231 and 228 (people 76 -> 77 and 75). Still off; a training run takes
// about 36 CPU-seconds.
const nerGenreCopies = 0

// nerSecondPass adds the second, document-context pass (see
// internal/nlp/ner/context.go) on top of the first model.
const nerSecondPass = true

var nerTarget = target{
	order:   30,
	outputs: []string{"models/ner.bin.gz"},
	summary: "named-entity recogniser (averaged perceptron, BIO PER/ORG/LOC/MISC) → models/ner.bin.gz",
	run:     trainNER,
}

func trainNER(o options) error {
	start := time.Now()
	cf, err := os.Open(filepath.Join("models", "clusters.tsv.gz"))
	if err != nil {
		return err
	}
	clusters, err := wordcluster.Read(cf)
	cf.Close()
	if err != nil {
		return fmt.Errorf("models/clusters.tsv.gz: %w", err)
	}
	gaz, err := nerBuildGazetteer(o.shared)
	if err != nil {
		return err
	}
	fmt.Printf("  gazetteer: %d phrases\n", gaz.Len())

	sh := func(p string) string { return filepath.Join(o.shared, p) }
	unerTrain, err := ner.ReadIOBFile(sh("uner_english_ewt/en_ewt-ud-train.iob2.gz"))
	if err != nil {
		return err
	}
	unerDev, err := ner.ReadIOBFile(sh("uner_english_ewt/en_ewt-ud-dev.iob2.gz"))
	if err != nil {
		return err
	}
	unerTest, err := ner.ReadIOBFile(sh("uner_english_ewt/en_ewt-ud-test.iob2.gz"))
	if err != nil {
		return err
	}
	wiki, err := ner.ReadIOBFile(sh("wikigold/wikigold.conll.txt"))
	if err != nil {
		return err
	}
	wikiTrain, wikiDev, wikiTest := ner.SplitByDocument(wiki)
	re3d, err := nerReadRe3d(sh("re3d"), clusters)
	if err != nil {
		return err
	}

	// Training documents: the second pass reads the first pass's labels
	// across a document, so examples stay grouped by document.
	var docs [][]ner.Example
	for _, doc := range ner.Documents(unerTrain) {
		var d []ner.Example
		for _, s := range doc {
			d = append(d, ner.ExampleFromTags(s.Words, s.Tags, true))
		}
		docs = append(docs, d)
	}
	for _, doc := range ner.Documents(wikiTrain) {
		var d []ner.Example
		for _, s := range doc {
			d = append(d, ner.ExampleFromTags(s.Words, s.Tags, false))
		}
		docs = append(docs, d)
	}
	docs = append(docs, re3d...)
	// copyOf[k] is the index of the document that docs[k] copies (k itself
	// for an original).
	var copyOf []int
	for k := range docs {
		copyOf = append(copyOf, k)
	}
	// Newswire annotated by hand for this project (CoNLL conventions:
	// countries LOC, nationalities MISC, no titles in PER); its test half
	// is never trained on.
	voa, err := ner.ReadIOBFile(filepath.Join("internal", "nlp", "ner", "testdata", "newswire", "voa_train.conll"))
	if err != nil {
		return err
	}
	// Wire-style text annotated the same way (newswire/README.md):
	// headlines in title case and in capitals, datelines, sports results,
	// companies and products, which the VOA stories have few of. With its
	// 856 sentences (mean of seeds 1 and 2, against the same model without
	// them): wire-style test F1 0.800 -> 0.855, wikigold test 0.655 ->
	// 0.658, VOA news test 0.897 -> 0.914, VOA 50 0.912 -> 0.921, UNER EWT
	// test 0.719 -> 0.703 (web text, which the new sentences are not); its
	// first 564 sentences alone gave 0.829 on the wire-style test. One copy
	// instead of two: 0.828 / 0.674 / 0.908 / 0.922 / 0.718; three: 0.845
	// / 0.678 / 0.914 / 0.935 / 0.713. Training on 196 more (now the last
	// 196 sentences of the wire-style test) gave UNER EWT 0.711, wikigold
	// 0.675, VOA news test 0.904, VOA 50 0.949 and, with seed 1, cut a
	// seed place out of the report (17/18); they test instead.
	wire, err := ner.ReadIOBFile(filepath.Join("internal", "nlp", "ner", "testdata", "newswire", "wire_train.conll"))
	if err != nil {
		return err
	}
	voa = append(voa, wire...)
	// Conflict wire copy written for this project (newswire/README.md):
	// names of people from many regions, titles before names, armed
	// groups, ministries, news agencies, camps and front-line towns,
	// trained on as many times as the other newswire documents
	// (nerConflictCopies). With its 359 sentences (means of seeds 1-5,
	// parallax eval, against the model without them): conflict test (241
	// sentences) 0.823 -> 0.904, VOA news test 0.909 -> 0.928, wire-style
	// test 0.845 -> 0.848, agency test 0.856 -> 0.869, VOA 50 0.924 ->
	// 0.940, UNER EWT test 0.707 -> 0.712, wikigold test 0.690 -> 0.688.
	// 66 more sentences (now the last 17 stories of the conflict test):
	// UNER EWT 0.714, wikigold 0.695, VOA news test 0.926, wire-style
	// 0.839, agency 0.875, VOA 50 0.931, the first 175 conflict test
	// sentences 0.941 (0.939 without them); the wire-style test fell, so
	// they test instead. 21 other sentences (historical states, religious
	// words and feasts, Nigerian "X State", holy sites; means of seeds
	// 1-3 against 0.710 / 0.694 / 0.934 / 0.852 / 0.870 / 0.906 on UNER
	// EWT / wikigold / VOA news test / wire / agency / conflict test):
	// 0.705 / 0.691 / 0.932 / 0.848 / 0.854 / 0.901, dropped.
	// The 53 general-news sentences now in newswire/general_test.conll
	// (web sites and outlets, historic states, landmarks, provinces,
	// products, treaties, storms, peoples and faiths), trained on once
	// after the agency items, were dropped too (means of seeds 1-3,
	// conflict test / VOA news test / wire / agency / VOA 50 / UNER EWT /
	// wikigold, against 0.910 / 0.934 / 0.852 / 0.870 / 0.937 / 0.710 /
	// 0.694): 0.901 / 0.928 / 0.848 / 0.865 / 0.928 / 0.707 / 0.690; twice
	// among the newswire 0.899 / 0.923 / 0.856 / 0.860 / 0.942 / 0.707 /
	// 0.693; their 10 sentences of web sites, historic states and instant
	// photos alone 0.905 / 0.924 / 0.849 / 0.872 / 0.929 / 0.714 / 0.680.
	conflict, err := ner.ReadIOBFile(filepath.Join("internal", "nlp", "ner", "testdata", "newswire", "conflict_train.conll"))
	if err != nil {
		return err
	}
	nWire := len(ner.Documents(voa))
	voa = append(voa, conflict...)
	// Agency items written for this project (newswire/README.md): sports
	// results, league tables and scoreboards, market and commodity
	// reports, short political items with datelines, headlines in
	// capitals; trained on once (nerAgencyCopies).
	agency, err := ner.ReadIOBFile(filepath.Join("internal", "nlp", "ner", "testdata", "newswire", "agency_train.conll"))
	if err != nil {
		return err
	}
	nNews := len(ner.Documents(voa))
	voa = append(voa, agency...)
	genre, err := ner.ReadIOBFile(filepath.Join("internal", "nlp", "ner", "testdata", "newswire", "genre_train.conll"))
	if err != nil {
		return err
	}
	nAgency := len(ner.Documents(voa))
	voa = append(voa, genre...)
	for di, doc := range ner.Documents(voa) {
		var d []ner.Example
		for _, s := range doc {
			d = append(d, ner.ExampleFromTags(s.Words, s.Tags, false))
		}
		copies := nerNewswireCopies
		switch {
		case di >= nAgency:
			copies = nerGenreCopies
		case di >= nNews:
			copies = nerAgencyCopies
		case di >= nWire:
			copies = nerConflictCopies
		}
		for k := 0; k < copies; k++ {
			docs = append(docs, d)
			// A copy falls in the same jackknife fold as its original.
			copyOf = append(copyOf, len(docs)-1-k)
		}
	}
	// Also measured and dropped (dev F1 UNER EWT / wikigold, against
	// 0.703 / 0.660): wikigold documents twice 0.700 / 0.654; features
	// seen once kept (MinCount 1) 0.702 / 0.669 with a model twice the
	// size, within the spread of seeds (wikigold dev moves by 2 points
	// from seed 1 to seed 2).
	// Measured and dropped after the newswire data (two copies; mean of
	// seeds 1 and 2, dev F1 UNER EWT / wikigold, and newswire test / VOA
	// 50, against 0.710 / 0.680 / 0.898 / 0.912): features of runs of capitalised
	// words (each word seeing the run's first and last words) 0.717 /
	// 0.676 / 0.898 / 0.898; with names from data/actors in the gazetteer
	// too 0.715 / 0.667 / 0.891 / 0.916. A residual second pass (context
	// features only, added to the first pass's emissions) was no better
	// than the first pass alone; the second pass as it is gains about a
	// point on every set (UNER EWT dev 0.709 -> 0.718, wikigold dev 0.650
	// -> 0.672, newswire test 0.885 -> 0.893).
	// Second-pass context bits conjoined with the word's shape: 0.697 /
	// 0.646, dropped.
	// Measured and dropped after the wire-style data (first 564 of its
	// sentences; mean of seeds 1-4, UNER EWT test / wikigold test / VOA
	// news test / wire-style test, against 0.708 / 0.678 / 0.909 /
	// 0.862): title-case headline features (a headline's lower-cased word,
	// and its common words read in lower case) with the head word of each
	// run of capitalised words ("Highway Patrol", "Faber GmbH") 0.711 /
	// 0.675 / 0.912 / 0.861; UNER EWT dev rose by a point and wikigold dev
	// fell by three.
	// Session 6, measured on dev halves (every fifth document of the
	// four newswire training files held out, the rest trained on; means
	// of seeds 1-3; VOA / wire / agency / conflict dev / UNER EWT dev
	// against 0.933 / 0.815 / 0.769 / 0.898 / 0.697): the class of the
	// last word of each run of capitalised words (a place's kind,
	// landform, structure, body, party or armed group, company, club,
	// school or charity, outlet, event, document; a feature of each word
	// of the run) 0.935 / 0.821 / 0.772 / 0.901 / 0.705, but on the tests
	// (full training, means of seeds 1-5, VOA news test / wire / agency
	// / conflict / general / VOA 50 / UNER EWT / wikigold against 0.928
	// / 0.850 / 0.869 / 0.909 / 0.771 / 0.940 / 0.712 / 0.688) 0.926 /
	// 0.848 / 0.883 / 0.907 / 0.769 / 0.940 / 0.712 / 0.679: only the
	// agency test rose (4 seeds of 5), and the seed-1 model read a seed
	// road name as a person (18 -> 16 seed places), so it was not kept
	// (with it, the head-word post-rules of internal/nlp/ner changed no
	// dev tag). The same with runs joined over "of", "the", "and" and
	// heads before "of" ("Bank of X") 0.937 / 0.794 / 0.784 / 0.907 / 0.702 (title-case headlines
	// become one run), dropped; the document context pooling a
	// capitalised word with its other cases ("NEWCASTLE", "Newcastle")
	// 0.931 / 0.815 / 0.771 / 0.892 / 0.692, dropped; each gazetteer bit
	// with the shapes of the words around it (a city beside a score)
	// 0.930 / 0.816 / 0.780 / 0.904 / 0.692, dropped (VOA and UNER
	// EWT fell; with the run heads, seed 1: agency +0.014, wire -0.007,
	// UNER EWT -0.009 against the run heads alone).
	// Case copies were measured and dropped: one sentence in eight copied
	// in capitals and one in eight in title case (headline styles) lowered
	// dev F1 from 0.703 to 0.692 on UNER EWT and from 0.660 to 0.615 on
	// wikigold (second pass, same seed).
	var train []ner.Example
	for _, d := range docs {
		train = append(train, d...)
	}
	// GUM's entity layer is not used: its person mentions include titles
	// ("President Obama" is one PROPN mention), which taught the model to
	// swallow titles into names; with it, UNER EWT test F1 fell from 0.72
	// to 0.68. With titles stripped (leading words also written in lower
	// case), wikigold test rose from 0.649 to 0.676 but UNER EWT test fell
	// to 0.704 and news names still came with their titles ("Armenian
	// Prime Minister Nikol Pashinyan"). All measured.
	fmt.Printf("  train: UNER EWT %d, wikigold %d sentences, re3d %d documents, newswire %d sentences; dev: UNER EWT %d, wikigold %d\n",
		len(unerTrain), len(wikiTrain), len(re3d), len(voa), len(unerDev), len(wikiDev))

	dev := []ner.DevSet{
		{Name: "UNER EWT dev", Sentences: unerDev, IgnoreMISC: true},
		{Name: "wikigold dev", Sentences: wikiDev},
	}
	progress := func(epoch int, f1 []float64) {
		fmt.Printf("  epoch %2d  dev F1: UNER EWT %.4f  wikigold %.4f\n", epoch, f1[0], f1[1])
	}
	fmt.Println("  first pass:")
	first, res := ner.Train(train, dev, clusters, gaz, ner.TrainOptions{
		Epochs: nerEpochs, Seed: o.seed, MinCount: 2, Progress: progress,
	})
	fmt.Printf("  kept epoch %d (%d features)\n", res.BestEpoch, res.Features)
	m := first
	if nerSecondPass {
		// Second pass (document context, Ratinov & Roth 2009): its training
		// documents get the labels of a first model trained on the other half
		// of the documents (two-fold jackknife), so that it learns how far to
		// trust first-pass labels on unseen text.
		var stacked [][]ner.Example
		for _, d := range docs {
			stacked = append(stacked, append([]ner.Example(nil), d...))
		}
		for fold := 0; fold < 2; fold++ {
			var part []ner.Example
			for k, d := range docs {
				if copyOf[k]%2 != fold {
					part = append(part, d...)
				}
			}
			fm, _ := ner.Train(part, nil, clusters, gaz, ner.TrainOptions{Epochs: res.BestEpoch, Seed: o.seed, MinCount: 2})
			fr := ner.New(fm, clusters)
			for k, d := range stacked {
				if copyOf[k]%2 != fold {
					continue
				}
				words := make([][]string, len(d))
				for i, ex := range d {
					words[i] = ex.Words
				}
				for i, ctx := range fr.DocumentContext(words) {
					d[i].Context = ctx
				}
			}
			fmt.Printf("  jackknife fold %d: first model on %d sentences\n", fold+1, len(part))
		}
		train = train[:0]
		for _, d := range stacked {
			train = append(train, d...)
		}
		fmt.Println("  second pass:")
		m, res = ner.Train(train, dev, clusters, gaz, ner.TrainOptions{
			Epochs: nerEpochs, Seed: o.seed, MinCount: 2, First: first, Progress: progress,
		})
		fmt.Printf("  kept epoch %d (%d features)\n", res.BestEpoch, res.Features)
	}
	report := func(name string, sents []ner.Labelled, ignoreMISC bool) {
		s := m.Evaluate(clusters, sents, ignoreMISC)
		fmt.Printf("  %s: P %.4f R %.4f F1 %.4f\n", name, s.All.Precision(), s.All.Recall(), s.All.F1())
		for _, t := range []string{"PER", "ORG", "LOC", "MISC"} {
			if c := s.Types[t]; c != nil && c.Gold > 0 {
				fmt.Printf("      %-4s P %.4f R %.4f F1 %.4f (%d gold)\n", t, c.Precision(), c.Recall(), c.F1(), c.Gold)
			}
		}
	}
	for _, stage := range []struct {
		name  string
		model *ner.Model
	}{{"first pass alone", first}, {"model", m}} {
		fmt.Printf("  %s:\n", stage.name)
		s := stage.model.Evaluate(clusters, unerDev, true)
		fmt.Printf("    UNER EWT dev F1 %.4f", s.All.F1())
		s = stage.model.Evaluate(clusters, wikiDev, false)
		fmt.Printf("  wikigold dev F1 %.4f\n", s.All.F1())
	}
	report("UNER EWT dev (MISC predictions dropped)", unerDev, true)
	report("UNER EWT test (MISC predictions dropped)", unerTest, true)
	report("UNER EWT test (strict, MISC predictions count)", unerTest, false)
	report("wikigold test (held-out documents)", wikiTest, false)
	for _, f := range []string{"newswire/voa_test.conll", "newswire/wire_test.conll", "newswire/agency_test.conll", "newswire/conflict_test.conll", "newswire/general_test.conll", "newswire/genre_test.conll", "newswire/wire96_test.conll", "newswire/wire96b_test.conll", "voa_news.conll"} {
		sents, err := ner.ReadIOBFile(filepath.Join("internal", "nlp", "ner", "testdata", f))
		if err != nil {
			return err
		}
		report("newswire test "+f, sents, false)
	}

	out := o.out(filepath.Join("models", "ner.bin.gz"))
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	n, err := m.WriteTo(f)
	if err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Printf("  wrote %s (%d bytes) in %s\n", out, n, time.Since(start).Round(time.Second))
	return nil
}

// --- gazetteer ---

func nerBuildGazetteer(shared string) (*ner.Gazetteer, error) {
	g := ner.NewGazetteer()
	add := func(name string, kind int) {
		name = strings.TrimSpace(name)
		if name == "" {
			return
		}
		g.Add(wordcluster.Tokenize(name), kind)
	}
	// Countries: names, official names, alternative spellings (longer
	// than two letters: "AM" is also a word), demonyms.
	var wc []struct {
		Name struct {
			Common, Official string
		}
		AltSpellings []string
		Demonyms     map[string]struct{ F, M string }
	}
	if err := nerReadJSON(filepath.Join(shared, "world_countries/countries.json"), &wc); err != nil {
		return nil, err
	}
	for _, c := range wc {
		add(c.Name.Common, ner.GazCountry)
		add(c.Name.Official, ner.GazCountry)
		for _, a := range c.AltSpellings {
			if utf8.RuneCountInString(a) > 2 && nerIsASCII(a) {
				add(a, ner.GazCountry)
			}
		}
		if d, ok := c.Demonyms["eng"]; ok {
			add(d.F, ner.GazDemonym)
			add(d.M, ner.GazDemonym)
		}
	}
	var iso struct{ Countries map[string]any }
	if err := nerReadJSON(filepath.Join(shared, "i18n_iso_countries/langs/en.json"), &iso); err != nil {
		return nil, err
	}
	for _, v := range iso.Countries {
		switch v := v.(type) {
		case string:
			add(v, ner.GazCountry)
		case []any:
			for _, x := range v {
				if s, ok := x.(string); ok {
					add(s, ner.GazCountry)
				}
			}
		}
	}
	var csc []struct{ Name, Nationality string }
	if err := nerReadJSON(filepath.Join(shared, "countrystatecity/countries.json"), &csc); err != nil {
		return nil, err
	}
	for _, c := range csc {
		add(c.Name, ner.GazCountry)
		for _, n := range strings.Split(c.Nationality, ",") {
			add(n, ner.GazDemonym)
		}
	}
	nat, err := os.Open(filepath.Join(shared, "ngec/countries_nationalities.csv"))
	if err != nil {
		return nil, err
	}
	rows, err := csv.NewReader(nat).ReadAll()
	nat.Close()
	if err != nil {
		return nil, fmt.Errorf("ngec/countries_nationalities.csv: %w", err)
	}
	for _, r := range rows[1:] {
		if len(r) >= 4 {
			for _, n := range strings.Split(r[3], ",") {
				// Only nationality words, not the long official names
				// that the column also lists.
				if n = strings.TrimSpace(n); n != "" && !strings.Contains(n, " of ") {
					add(n, ner.GazDemonym)
				}
			}
		}
	}
	// Regions: GeoNames admin-1 names and countrystatecity states.
	if err := nerEachLine(filepath.Join(shared, "geonames/admin1CodesASCII.txt"), func(l string) {
		if f := strings.Split(l, "\t"); len(f) >= 3 {
			add(f[1], ner.GazAdmin1)
			add(f[2], ner.GazAdmin1)
		}
	}); err != nil {
		return nil, err
	}
	if err := nerEachLine(filepath.Join(shared, "countrystatecity/states.tsv"), func(l string) {
		if f := strings.Split(l, "\t"); len(f) >= 5 && f[0] != "id" {
			add(f[4], ner.GazAdmin1)
		}
	}); err != nil {
		return nil, err
	}
	// Cities of 15,000 people or more.
	if err := nerEachLine(filepath.Join(shared, "geonames/cities500.txt.gz"), func(l string) {
		f := strings.Split(l, "\t")
		if len(f) < 15 {
			return
		}
		if pop, _ := strconv.Atoi(f[14]); pop >= 15000 {
			add(f[1], ner.GazCity)
			if f[2] != f[1] {
				add(f[2], ner.GazCity)
			}
		}
	}); err != nil {
		return nil, err
	}
	// Actors from the PETRARCH2 dictionaries: entries with a nerTenure date
	// range are people, the others organisations and groups.
	for _, file := range []string{"Phoenix.Countries.actors.txt.gz", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"} {
		countries := strings.HasPrefix(file, "Phoenix.Countries")
		var pending []string
		flush := func(person bool) {
			for _, p := range pending {
				switch {
				case person:
					add(p, ner.GazPerson)
					if f := strings.Fields(p); len(f) >= 2 && len(f[0]) > 2 {
						add(f[0], ner.GazGiven)
					}
				case !countries:
					add(p, ner.GazGroup)
				}
			}
			pending = pending[:0]
		}
		if err := nerEachLine(filepath.Join(shared, "petrarch2_dictionaries", file), func(l string) {
			if strings.HasPrefix(l, "#") || strings.TrimSpace(l) == "" {
				return
			}
			code := ""
			if i := strings.Index(l, "["); i >= 0 {
				code = l[i:]
			}
			name := l
			if i := strings.IndexAny(name, "[#"); i >= 0 {
				name = name[:i]
			}
			name = strings.TrimSpace(name)
			switch {
			case strings.HasPrefix(name, "+"):
				pending = append(pending, nerActorName(name[1:]))
			case name != "":
				flush(false)
				pending = append(pending, nerActorName(name))
			}
			if code != "" {
				flush(nerTenure.MatchString(code))
			}
		}); err != nil {
			return nil, err
		}
		flush(false)
	}
	return g, nil
}

// nerNameLikeString reports whether a table entry reads as a proper name:
// its first and last words capitalised, the others too or connectors.
func nerNameLikeString(s string) bool {
	w := strings.Fields(s)
	if len(w) == 0 {
		return false
	}
	for i, x := range w {
		r, _ := utf8.DecodeRuneInString(x)
		if unicode.IsUpper(r) {
			continue
		}
		if i == 0 || i == len(w)-1 || !nerConnectors[strings.ToLower(x)] {
			return false
		}
	}
	return true
}

var (
	nerTenure      = regexp.MustCompile(`\d{6}`)
	nerParenthesis = regexp.MustCompile(`\([^)]*\)`)
)

// nerActorName turns "CONTINUITY_IRISH_REPUBLICAN_ARMY_(CIRA)_" into
// "continuity irish republican army".
func nerActorName(s string) string {
	s = nerParenthesis.ReplaceAllString(s, " ")
	s = strings.ReplaceAll(s, "_", " ")
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

func nerIsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func nerReadJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func nerEachLine(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		fn(sc.Text())
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// --- re3d ---

// nerRe3dTypes maps re3d entity types onto the tag set; the others (Weapon,
// Temporal, Quantity, ...) are not names and stay O.
var nerRe3dTypes = map[string]string{"Person": "PER", "Organisation": "ORG", "Location": "LOC", "Nationality": "MISC"}

// nerReadRe3d tokenises the re3d documents and turns their entity spans into
// examples. re3d annotates mentions, not only names ("the enemy", "U.S.
// forces", "We"): a span counts as a name only when its words are
// capitalised (after a leading "the"); the tokens of other spans are left
// open. re3d annotates no MISC besides nationalities, so O tokens may also
// be MISC.
func nerReadRe3d(dir string, clusters *wordcluster.Clusters) ([][]ner.Example, error) {
	folders, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out [][]ner.Example
	for _, fo := range folders {
		if !fo.IsDir() {
			continue
		}
		docs := map[string]string{}
		var order []string
		if err := nerEachLine(filepath.Join(dir, fo.Name(), "documents.json"), func(l string) {
			var d struct {
				ID   string `json:"_id"`
				Text string `json:"text"`
			}
			if json.Unmarshal([]byte(l), &d) == nil && d.ID != "" {
				docs[d.ID] = d.Text
				order = append(order, d.ID)
			}
		}); err != nil {
			return nil, err
		}
		type ent struct {
			start, end int // byte offsets
			typ        string
		}
		ents := map[string][]ent{}
		if err := nerEachLine(filepath.Join(dir, fo.Name(), "entities.json"), func(l string) {
			var e struct {
				Doc        string  `json:"documentId"`
				Begin      int     `json:"begin"`
				End        int     `json:"end"`
				Type       string  `json:"type"`
				Confidence float64 `json:"confidence"`
			}
			if json.Unmarshal([]byte(l), &e) != nil || e.Confidence < 0.5 {
				return
			}
			typ, ok := nerRe3dTypes[e.Type]
			text, known := docs[e.Doc]
			if !ok || !known {
				return
			}
			s, en := nerRuneToByte(text, e.Begin), nerRuneToByte(text, e.End)
			if s < 0 || en < 0 || s >= en {
				return
			}
			ents[e.Doc] = append(ents[e.Doc], ent{s, en, typ})
		}); err != nil {
			return nil, err
		}
		for _, id := range order {
			text := docs[id]
			var doc []ner.Example
			for _, sent := range nerSentences(text) {
				words := make([]string, len(sent))
				for i, sp := range sent {
					words[i] = text[sp[0]:sp[1]]
				}
				tags := make([]string, len(sent))
				open := make([]bool, len(sent))
				for i := range tags {
					tags[i] = "O"
				}
				// Longer spans first, so that an outer name wins over
				// the names nested in it.
				es := append([]ent(nil), ents[id]...)
				nerSortBy(es, func(a, b int) bool { return es[a].end-es[a].start > es[b].end-es[b].start })
				for _, e := range es {
					first, last := -1, -1
					for i, sp := range sent {
						if sp[0] < e.end && e.start < sp[1] {
							if first < 0 {
								first = i
							}
							last = i
						}
					}
					if first < 0 {
						continue
					}
					taken := false
					for i := first; i <= last; i++ {
						taken = taken || tags[i] != "O" || open[i]
					}
					if taken {
						continue
					}
					// Leading "the" is outside the name.
					if strings.EqualFold(words[first], "the") && first < last {
						first++
					}
					if e.typ == "PER" {
						// re3d puts titles inside person mentions
						// ("Foreign Secretary Jane Roe", "Minister for
						// the Northern Region John Doe"); CoNLL
						// and UNER leave them out. The title becomes O;
						// a title with words of its own after "for"/"of"
						// leaves the whole span open.
						k := first
						for i := first; i <= last; i++ {
							if nerTitles[strings.ToLower(strings.TrimSuffix(words[i], "."))] {
								k = i + 1
							}
						}
						if k > first {
							loose := false
							for i := first; i < k; i++ {
								loose = loose || nerConnectors[strings.ToLower(words[i])]
							}
							if k > last || loose {
								for i := first; i <= last; i++ {
									open[i] = true
								}
								continue
							}
							first = k
						}
					}
					if !nerNameLike(words[first:last+1], first == 0, clusters) {
						for i := first; i <= last; i++ {
							open[i] = true
						}
						continue
					}
					tags[first] = "B-" + e.typ
					for i := first + 1; i <= last; i++ {
						tags[i] = "I-" + e.typ
					}
				}
				ex := ner.ExampleFromTags(words, tags, true)
				for i := range open {
					if open[i] {
						ex.Masks[i] = ner.AnyLabel
					}
				}
				doc = append(doc, ex)
			}
			out = append(out, doc)
		}
	}
	return out, nil
}

func nerSortBy[T any](s []T, less func(a, b int) bool) {
	// Insertion sort: a document has a few dozen entities.
	for i := 1; i < len(s); i++ {
		for k := i; k > 0 && less(k, k-1); k-- {
			s[k], s[k-1] = s[k-1], s[k]
		}
	}
}

// nerTitles are words of titles that re3d includes in person mentions.
var nerTitles = map[string]bool{
	"president": true, "minister": true, "secretary": true, "foreign": true, "defense": true, "defence": true,
	"prime": true, "deputy": true, "general": true, "gen": true, "lt": true, "col": true, "maj": true, "major": true,
	"capt": true, "captain": true, "sgt": true, "adm": true, "admiral": true, "commander": true, "mr": true, "mrs": true,
	"ms": true, "dr": true, "sir": true, "king": true, "queen": true, "prince": true, "sheikh": true, "ambassador": true,
	"senator": true, "sen": true, "rep": true, "governor": true, "mayor": true, "chancellor": true, "spokesman": true,
	"spokeswoman": true, "chief": true, "vice": true, "office": true, "fco": true, "state": true, "home": true,
	"interior": true, "army": true, "lieutenant": true, "colonel": true, "brigadier": true, "emir": true, "caliph": true,
	"imam": true, "the": true,
}

var nerPronouns = map[string]bool{"we": true, "they": true, "our": true, "their": true, "it": true, "he": true, "she": true, "i": true, "us": true, "them": true, "his": true, "her": true, "you": true, "its": true}

var nerConnectors = map[string]bool{"of": true, "and": true, "for": true, "the": true, "de": true, "al": true, "-": true, "&": true, "'s": true, "on": true, "in": true}

// nerNameLike reports whether words read as a proper name: first and last
// word capitalised (or a number), the inner ones too or nerConnectors; a
// single capitalised word at the start of a sentence must not be a common
// lower-case word ("Soldiers").
func nerNameLike(words []string, sentenceStart bool, clusters *wordcluster.Clusters) bool {
	if len(words) == 0 {
		return false
	}
	capital := func(w string) bool {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	if !capital(words[0]) || !capital(words[len(words)-1]) {
		return false
	}
	for _, w := range words {
		if nerPronouns[strings.ToLower(w)] {
			return false
		}
		if !capital(w) && !nerConnectors[strings.ToLower(w)] {
			return false
		}
	}
	if len(words) == 1 && sentenceStart && clusters.Known(strings.ToLower(words[0])) && !clusters.Known(words[0]) {
		return false
	}
	return true
}

// nerRuneToByte converts a code-point offset into a byte offset of text, -1
// when out of range.
func nerRuneToByte(text string, off int) int {
	n := 0
	for i := range text {
		if n == off {
			return i
		}
		n++
	}
	if n == off {
		return len(text)
	}
	return -1
}

// nerSentences splits text into sentences of token byte spans: at line
// breaks, and after . ? ! before a capital or a quote.
func nerSentences(text string) [][][2]int {
	var out [][][2]int
	for lineStart := 0; lineStart < len(text); {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += lineStart
		}
		toks := nerTokenSpans(text, lineStart, lineEnd)
		var cur [][2]int
		for i, t := range toks {
			cur = append(cur, t)
			w := text[t[0]:t[1]]
			if (w == "." || w == "?" || w == "!") && i+1 < len(toks) {
				r, _ := utf8.DecodeRuneInString(text[toks[i+1][0]:])
				if unicode.IsUpper(r) || r == '"' || r == '“' {
					out = append(out, cur)
					cur = nil
				}
			}
		}
		if len(cur) > 0 {
			out = append(out, cur)
		}
		lineStart = lineEnd + 1
	}
	return out
}

// nerTokenSpans tokenises text[from:to] as wordcluster.Tokenize does and
// returns byte spans into text.
func nerTokenSpans(text string, from, to int) [][2]int {
	var out [][2]int
	i := from
	for i < to {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < to {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		at := i
		for _, tok := range wordcluster.Tokenize(text[i:j]) {
			k := strings.Index(text[at:j], tok)
			if k < 0 {
				break
			}
			out = append(out, [2]int{at + k, at + k + len(tok)})
			at += k + len(tok)
		}
		i = j
	}
	return out
}

package gazetteer

import "github.com/parallaxhq/parallax/models"

// Load decodes the gazetteer embedded in package models. Call it once and
// share the result: it takes a few hundred milliseconds.
func Load() (*Gazetteer, error) {
	return DecodeBytes(models.GazetteerIndex())
}

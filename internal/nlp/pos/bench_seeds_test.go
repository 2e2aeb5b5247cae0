package pos

import (
	"github.com/parallaxhq/parallax"
	"github.com/parallaxhq/parallax/internal/demo"
)

func testutilSeeds() ([]parallax.Article, error) { return demo.Seeds() }

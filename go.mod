module github.com/parallaxhq/parallax

go 1.26.8

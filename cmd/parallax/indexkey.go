package main

import (
	"bytes"
	"crypto/sha256"
	"debug/elf"
	"encoding/hex"
	"io"
	"os"
	"sync"
)

// indexKey names the kind of fusion index this binary makes: a saved
// index (fuse.Index.Save) is loaded only by a binary of the same key, and
// one whose results another kind of index wrote is not used at all. The
// fusion rules, their options and the background frequencies are all
// compiled in, so the key is the executable's Go build ID, which the Go
// tools derive from the binary's content: any change to the code that
// makes the binary (fusion or not) gives a new key, and the first run of
// a new build rebuilds the index from the store, as every run did before
// indexes were saved. Without a build ID, the key is the hash of the
// executable's bytes; "" (never save, never load) when the executable
// cannot be read.
func indexKey() string {
	keyOnce.Do(func() { keyValue = executableKey() })
	return keyValue
}

var (
	keyOnce  sync.Once
	keyValue string
)

func executableKey() string {
	path, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	// ELF (Linux): the build ID is the note the linker writes in its own
	// section.
	if ef, err := elf.NewFile(f); err == nil {
		if id, ok := elfBuildID(ef); ok {
			return "go:" + id
		}
	}
	// Other formats: the linker writes it at the start of the text,
	// within the first 32 KiB where the Go tools look for it.
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return ""
	}
	head := make([]byte, 64<<10)
	n, _ := io.ReadFull(f, head)
	if id, ok := goBuildID(head[:n]); ok {
		return "go:" + id
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return ""
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}

// elfBuildID reads the Go build ID note of an ELF executable: name "Go",
// type 4, the ID as its description.
func elfBuildID(ef *elf.File) (string, bool) {
	s := ef.Section(".note.go.buildid")
	if s == nil {
		return "", false
	}
	d, err := s.Data()
	if err != nil || len(d) < 12 {
		return "", false
	}
	bo := ef.ByteOrder
	namesz, descsz, typ := bo.Uint32(d), bo.Uint32(d[4:]), bo.Uint32(d[8:])
	off := 12 + (uint64(namesz)+3)&^3
	if typ != 4 || namesz != 4 || string(d[12:14]) != "Go" || off+uint64(descsz) > uint64(len(d)) || descsz == 0 {
		return "", false
	}
	return string(d[off : off+uint64(descsz)]), true
}

// goBuildID finds the Go build ID in the bytes of an executable: the
// string the linker writes as `\xff Go build ID: "ID"\n \xff`.
func goBuildID(b []byte) (string, bool) {
	const prefix, suffix = "\xff Go build ID: \"", "\"\n \xff"
	i := bytes.Index(b, []byte(prefix))
	if i < 0 {
		return "", false
	}
	rest := b[i+len(prefix):]
	j := bytes.Index(rest, []byte(suffix))
	if j <= 0 || j > 200 {
		return "", false
	}
	return string(rest[:j]), true
}

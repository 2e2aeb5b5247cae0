package main

import (
	"errors"
	"fmt"
	"os"
)

// coldFile is the fusion index's Cold store during ingest: the packed
// features of articles dated well before the newest, in an unnamed
// temporary file, so that the index's memory grows with the articles of
// recent days rather than with the corpus. Writes are buffered; a read of
// what is still in the buffer is served from it.
type coldFile struct {
	f       *os.File
	buf     []byte
	flushed int64 // bytes written to the file; buf follows them
}

const coldBuffer = 1 << 20

func newColdFile() (*coldFile, error) {
	f, err := os.CreateTemp("", "parallax-fusion-*")
	if err != nil {
		return nil, fmt.Errorf("fusion side file: %w", err)
	}
	// Unnamed while open where the system allows it (Unix); otherwise
	// removed at Close.
	os.Remove(f.Name())
	return &coldFile{f: f}, nil
}

// Put appends b.
func (c *coldFile) Put(b []byte) (int64, error) {
	if len(c.buf)+len(b) > coldBuffer && len(c.buf) > 0 {
		if err := c.flush(); err != nil {
			return 0, err
		}
	}
	ref := c.flushed + int64(len(c.buf))
	c.buf = append(c.buf, b...)
	return ref, nil
}

func (c *coldFile) flush() error {
	if _, err := c.f.WriteAt(c.buf, c.flushed); err != nil {
		return fmt.Errorf("fusion side file: %w", err)
	}
	c.flushed += int64(len(c.buf))
	c.buf = c.buf[:0]
	return nil
}

// Get reads the n bytes at ref. A Put's bytes are either all in the
// buffer or all in the file.
func (c *coldFile) Get(ref int64, n int) ([]byte, error) {
	if ref >= c.flushed {
		off := ref - c.flushed
		if off+int64(n) > int64(len(c.buf)) {
			return nil, errors.New("fusion side file: no such record")
		}
		return c.buf[off : off+int64(n)], nil
	}
	b := make([]byte, n)
	if _, err := c.f.ReadAt(b, ref); err != nil {
		return nil, fmt.Errorf("fusion side file: %w", err)
	}
	return b, nil
}

// Close closes and removes the file.
func (c *coldFile) Close() error {
	if c == nil || c.f == nil {
		return nil
	}
	err := c.f.Close()
	os.Remove(c.f.Name())
	c.f = nil
	return err
}

package actor

// SideNames names each state and de facto state of the knowledge base by
// its side code ("KEN" -> "Kenya"), for displays that show side codes.
func (kb *KB) SideNames() map[string]string {
	names := make(map[string]string, len(kb.Countries))
	for _, c := range kb.Countries {
		if c.Side != "" && c.Name != "" {
			names[c.Side] = c.Name
		}
	}
	return names
}

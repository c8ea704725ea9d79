import Testing
import Vault

/// Paths taken apart without Foundation's `NSString` methods, which crash on a one-character name
/// (a vault given as `--vault V` stopped every command with exit 70).
@Suite struct PathPartsTests {
    @Test(arguments: [
        ("V", ".", "V"), ("vault.confidant", ".", "vault.confidant"), ("/v", "/", "v"), ("a/b/vault.confidant", "a/b", "vault.confidant"),
        ("./V", ".", "V"), ("/home/sam/V", "/home/sam", "V"),
    ])
    func aPathHasAFolderAndAName(path: String, folder: String, name: String) {
        #expect(PathParts.folder(of: path) == folder)
        #expect(PathParts.name(of: path) == name)
    }

    @Test func aNameSplitsAtItsLastDot() {
        #expect(PathParts.stemAndExtension(of: "vault.confidant") == ("vault", "confidant"))
        #expect(PathParts.stemAndExtension(of: "V") == ("V", ""))
        #expect(PathParts.stemAndExtension(of: ".profile") == (".profile", ""))
        #expect(PathParts.stemAndExtension(of: "a.b.c") == ("a.b", "c"))
    }
}

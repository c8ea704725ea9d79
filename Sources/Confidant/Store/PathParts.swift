import Vault

/// How the front ends take a path apart (`Vault.PathParts`: never Foundation's `NSString` path
/// methods, which crash on a one-character name).
public typealias PathParts = Vault.PathParts

import Sodium

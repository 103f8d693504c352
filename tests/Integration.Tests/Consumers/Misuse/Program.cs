System.Console.WriteLine("unreachable");

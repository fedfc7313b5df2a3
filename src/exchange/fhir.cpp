// placeholder while this file is written

import { configure } from '@testing-library/react';

// Real audio, real network and two cores: give asynchronous expectations room, CI runs them under load.
configure({ asyncUtilTimeout: 8_000 });

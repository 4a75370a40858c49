from enum import Enum


class RealtimeServerEventInputAudioBufferSpeechStoppedType(str, Enum):
    INPUT_AUDIO_BUFFER_SPEECH_STOPPED = "input_audio_buffer.speech_stopped"

    def __str__(self) -> str:
        return str(self.value)
